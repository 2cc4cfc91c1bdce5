package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * The rigorous side of one catalogue function ({@code org.taylorkit.core.ElementaryFunction}):
 * enclosures of its range over double and Apfloat intervals, and where it is analytic. Found by
 * {@link RigorousFunctions#of} from the function's name.
 *
 * <p>Guarantee of every implementation: for every point {@code x} of the argument where the function
 * is defined, the function's value lies in the returned interval (set-based IEEE 1788 semantics:
 * points outside the domain are dropped; an argument wholly outside gives the empty set).
 */
public interface RigorousFunction {

    /** An enclosure of {@code f(x)} over the double interval {@code x}. */
    Interval enclose(Interval x);

    /** An enclosure of {@code f(x)}, rounded outward to {@code digits} significant digits. */
    ApfloatInterval enclose(ApfloatInterval x, long digits);

    /**
     * {@code null} when the function is analytic on a neighbourhood of every point of {@code x} (a
     * non-empty bounded interval), otherwise the reason it may not be, in words naming the function
     * and the argument. This is what the mean-value and Taylor forms, Taylor models and the
     * {@code com} decoration need.
     */
    String notAnalyticOn(Interval x);
}
