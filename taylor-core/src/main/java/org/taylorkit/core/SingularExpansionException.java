package org.taylorkit.core;

/**
 * Thrown when a function has no Taylor series at the requested point: {@code log} at 0,
 * {@code sqrt(t)} at 0, {@code 1/t} at 0, {@code asin} at ±1, and so on.
 *
 * <p>The message names the function, the point (the value of the function's argument at the
 * expansion point, or the leading term of the argument when it vanishes there) and the reason,
 * e.g. {@code "log: no Taylor series where the argument is 0 (log → −∞ there)"}, or for a vanishing argument
 * {@code "sqrt: no Taylor series where the argument is 0, with leading term 1·t^1 (…)"}.
 */
public class SingularExpansionException extends ArithmeticException {

    private static final long serialVersionUID = 1L;
    /** How a vanishing argument is named in {@link #point()}: the message says "0, with leading term …". */
    private static final String LEADING = "leading term ";

    private final String function;
    private final String point;
    private final String reason;

    /**
     * @param function the function that has no expansion, e.g. {@code "log"}
     * @param point where, in words or as a number, e.g. {@code "0"} or {@code "leading term 2·t^1"}
     * @param reason why, e.g. {@code "log → −∞ there"}
     */
    public SingularExpansionException(String function, String point, String reason) {
        super(function + ": no Taylor series where the argument is "
                + (point.startsWith(LEADING) ? "0, with leading term " + point.substring(LEADING.length()) : point)
                + " (" + reason + ")");
        this.function = function;
        this.point = point;
        this.reason = reason;
    }

    /** The function that has no expansion. */
    public String function() {
        return function;
    }

    /** The point, as written in the message. */
    public String point() {
        return point;
    }

    /** The reason, as written in the message. */
    public String reason() {
        return reason;
    }
}
