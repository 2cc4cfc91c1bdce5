package org.taylorkit.core;

/**
 * A value whose magnitude exceeds Apfloat's exponent range (beyond about 10^(±9·10¹⁸)), such as
 * exp(10³⁰⁰⁰) or cosh(−10³⁰⁰⁰): no Apfloat represents it, so the computation stops here with the function and
 * argument named. An {@link ArithmeticException}, like the domain errors, so callers that report
 * domain errors report this one too.
 */
public final class ApfloatOverflowException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which function and argument overflowed
     * @param cause Apfloat's own exception
     */
    public ApfloatOverflowException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
