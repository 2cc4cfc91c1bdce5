package org.taylorkit.interval.tm;

/**
 * A Taylor model operation cannot be carried out rigorously: the range of an argument is not inside
 * the region where the function is smooth (see {@link Smoothness}: {@code log} of a model whose
 * range reaches 0, a division by a model whose range contains 0), or a coefficient overflowed. The
 * message names the function and the range. Callers that only need an enclosure fall back to a
 * method that needs no derivatives (the natural interval extension), as
 * {@code org.taylorkit.interval.enclosure.Enclosures} does.
 */
public class TaylorModelDomainException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** An exception with this message. */
    public TaylorModelDomainException(String message) {
        super(message);
    }
}
