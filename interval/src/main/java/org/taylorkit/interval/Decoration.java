package org.taylorkit.interval;

/**
 * The decorations of IEEE 1788-2015 (§11.2), in increasing order of information
 * ({@link #ill} &lt; {@link #trv} &lt; {@link #def} &lt; {@link #dac} &lt; {@link #com}; the enum's natural
 * order is this order). A decoration on a computed interval {@code Y = f(X)} is a <em>proof</em>
 * about {@code f} on the box {@code X}:
 * <ul>
 *   <li>{@link #com} (common): {@code f} is defined on {@code X} and continuous at each of its points
 *       (as a function on its whole domain), and {@code X} and {@code Y} are bounded and nonempty;</li>
 *   <li>{@link #dac} (defined and continuous): {@code f} is defined on {@code X} and its restriction
 *       to {@code X} is continuous;</li>
 *   <li>{@link #def} (defined): {@code f} is defined at every point of {@code X};</li>
 *   <li>{@link #trv} (trivial): nothing is known (always true);</li>
 *   <li>{@link #ill} (ill-formed): the interval is Not an Interval (NaI), e.g. from invalid text.</li>
 * </ul>
 * Through a chain of operations the decoration of the result is the minimum of the inputs' and of
 * each operation's local decoration, so {@code dac} on an expression's result proves it defined
 * and continuous on the whole box (the hypothesis of Brouwer's theorem in existence proofs).
 */
public enum Decoration {
    /** Not an interval. */
    ill,
    /** No information. */
    trv,
    /** Defined everywhere on the box. */
    def,
    /** Defined and continuous on the box. */
    dac,
    /** Defined, continuous, bounded box and result. */
    com;

    /** The weaker (smaller) of two decorations. */
    public Decoration min(Decoration other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
