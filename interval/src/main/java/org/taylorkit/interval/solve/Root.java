package org.taylorkit.interval.solve;

import org.taylorkit.interval.enclosure.Box;

/**
 * A box returned by {@link RootFinder}, with what is proved about it.
 *
 * @param enclosure the box (named like the search box)
 * @param status {@link RootStatus#UNIQUE}: exactly one zero in it; {@link RootStatus#UNKNOWN}: not decided
 */
public record Root(Box enclosure, RootStatus status) {
}
