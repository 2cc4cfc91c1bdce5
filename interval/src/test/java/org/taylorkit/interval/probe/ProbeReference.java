package org.taylorkit.interval.probe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;

/**
 * What the probe knows about {@code f(x)}, independently of TaylorKit: a value computed by Apfloat
 * (good to ~10^−60 relative), or that it lies just above/below a double ({@code f(x) ∈ (d, next
 * double)}: far overflow, far underflow, saturation of tanh/erf), or that {@code x} is outside the
 * domain (the set-based result is ∅).
 *
 * <p>Apfloat works at {@value #DIGITS} significant digits of the argument (and as many digits
 * after the integer part for the periodic functions, whose huge arguments are reduced by Apfloat
 * itself); for {@code |x| < 10^−15} the functions whose Apfloat formula cancels ({@code expm1},
 * {@code sinh}, …) use their Maclaurin polynomials, evaluated to far below their truncation error
 * {@code |x|^N}, which is then the containment slack (so even a missing {@code x²/2} next to a
 * subnormal {@code x} is seen). Apfloat values get a relative slack of 10^−60, far below an ulp.
 */
final class ProbeReference {

    static final int DIGITS = 80;
    private static final BigDecimal SLACK = new BigDecimal("1e-60");

    private enum Kind { VALUE, JUST_ABOVE, JUST_BELOW, OUT_OF_DOMAIN }

    private final Kind kind;
    private final BigDecimal value;
    private final double bound;
    /** Absolute slack of a {@code VALUE}, or {@code null} for the relative {@link #SLACK}. */
    private final BigDecimal absoluteSlack;

    private ProbeReference(Kind kind, BigDecimal value, double bound, BigDecimal absoluteSlack) {
        this.kind = kind;
        this.value = value;
        this.bound = bound;
        this.absoluteSlack = absoluteSlack;
    }

    /** A value good to {@value #DIGITS} digits (exact values too). */
    static ProbeReference value(BigDecimal v) {
        return new ProbeReference(Kind.VALUE, v, Double.NaN, null);
    }

    /** {@code f(x) > d} with no double strictly between {@code d} and {@code f(x)}. */
    static ProbeReference justAbove(double d) {
        return new ProbeReference(Kind.JUST_ABOVE, null, d, null);
    }

    /** {@code f(x) < d} with no double strictly between. */
    static ProbeReference justBelow(double d) {
        return new ProbeReference(Kind.JUST_BELOW, null, d, null);
    }

    static ProbeReference outOfDomain() {
        return new ProbeReference(Kind.OUT_OF_DOMAIN, null, Double.NaN, null);
    }

    /** Apfloat {@code f} of {@code x} rounded to {@value #DIGITS} significant digits. */
    static ProbeReference apfloat(UnaryOperator<Apfloat> f, double x) {
        return value(bd(f.apply(relative(x))));
    }

    /** Apfloat {@code f} of {@code x} exact to {@value #DIGITS} digits after its integer part. */
    static ProbeReference apfloatAbsolute(UnaryOperator<Apfloat> f, double x) {
        BigDecimal b = new BigDecimal(x);
        int p = Math.max(0, b.precision() - b.scale()) + DIGITS;
        Apfloat a = b.signum() == 0 ? new Apfloat(0, DIGITS) : new Apfloat(b.round(new MathContext(p))).precision(p);
        return value(bd(f.apply(a)));
    }

    /**
     * The Maclaurin polynomial {@code scale · Σ (p_k/q_k) x^k} (pairs {@code p_0, q_0, p_1, q_1, …})
     * for a tiny {@code x}, computed to an absolute error far below its first omitted term, which is
     * at most {@code |x|^N} ({@code N} = number of coefficients; coefficients and scale at most 2):
     * that bound is the containment slack, so a bound that misses a correction term as small as
     * {@code x²/2} next to {@code x} is caught.
     */
    static ProbeReference series(double x, Function<MathContext, BigDecimal> scale, long... pq) {
        BigDecimal xx = new BigDecimal(x);
        int n = pq.length / 2;
        // digits: enough below |x|^N (|x| < 1e-15 so the exponent of |x|^N is below −15N)
        int decimalExponent = xx.precision() - xx.scale();
        MathContext mc = new MathContext(Math.max(100, 30 - n * decimalExponent), RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = BigDecimal.ONE;
        for (int k = 0; k < n; k++) {
            if (pq[2 * k] != 0) {
                BigDecimal c = BigDecimal.valueOf(pq[2 * k]).divide(BigDecimal.valueOf(pq[2 * k + 1]), mc);
                sum = sum.add(c.multiply(power, mc), mc);
            }
            power = power.multiply(xx, mc); // relative error 10^−(digits of mc): far below |x|^N
        }
        sum = sum.multiply(scale.apply(mc), mc);
        return new ProbeReference(Kind.VALUE, sum, Double.NaN, power.abs().multiply(BigDecimal.valueOf(2)));
    }

    /** Scale 1 for {@link #series}. */
    static BigDecimal unit(MathContext mc) {
        return BigDecimal.ONE;
    }

    static Apfloat relative(double x) {
        BigDecimal b = new BigDecimal(x);
        return b.signum() == 0 ? new Apfloat(0, DIGITS)
                : new Apfloat(b.round(new MathContext(DIGITS, RoundingMode.HALF_EVEN))).precision(DIGITS);
    }

    private static BigDecimal bd(Apfloat a) {
        return new BigDecimal(a.toString(true));
    }

    /** True for a value or ∅; false for the double-specific "just above/below a double". */
    boolean isValueOrOutOfDomain() {
        return kind == Kind.VALUE || kind == Kind.OUT_OF_DOMAIN;
    }

    boolean isOutOfDomain() {
        return kind == Kind.OUT_OF_DOMAIN;
    }

    /** {@code null} when {@code r} contains what is known of {@code f(x)}, else what is wrong. */
    String violation(Interval r) {
        if (r.isEmpty()) {
            return violation(null, null, true, r.toString());
        }
        return violation(r.inf() == Double.NEGATIVE_INFINITY ? null : new BigDecimal(r.inf()),
                r.sup() == Double.POSITIVE_INFINITY ? null : new BigDecimal(r.sup()), false,
                "[" + Double.toHexString(r.inf()) + ", " + Double.toHexString(r.sup()) + "]");
    }

    /** As {@link #violation(Interval)} for a high-precision interval. */
    String violation(ApfloatInterval r) {
        if (r.isEmpty()) {
            return violation(null, null, true, r.toString());
        }
        return violation(r.isBoundedBelow() ? new BigDecimal(r.inf().toString(true)) : null,
                r.isBoundedAbove() ? new BigDecimal(r.sup().toString(true)) : null, false, r.toString());
    }

    /** Bounds {@code lo ≤ hi} ({@code null} = infinite) of a non-empty result, or {@code empty}. */
    private String violation(BigDecimal lo, BigDecimal hi, boolean empty, String shown) {
        switch (kind) {
            case OUT_OF_DOMAIN:
                return empty ? null : "expected ∅ (outside the domain), got " + shown;
            case JUST_ABOVE:
                return !empty && (lo == null || lo.compareTo(new BigDecimal(bound)) <= 0)
                        && (hi == null || hi.compareTo(new BigDecimal(bound)) > 0) ? null
                        : "value just above " + bound + " not in " + shown;
            case JUST_BELOW:
                return !empty && (lo == null || lo.compareTo(new BigDecimal(bound)) < 0)
                        && (hi == null || hi.compareTo(new BigDecimal(bound)) >= 0) ? null
                        : "value just below " + bound + " not in " + shown;
            default:
                if (empty) {
                    return "got ∅, expected ≈ " + value.round(new MathContext(20));
                }
                BigDecimal tol = absoluteSlack != null ? absoluteSlack : value.abs().multiply(SLACK);
                boolean loOk = lo == null || lo.compareTo(value.add(tol)) <= 0;
                boolean hiOk = hi == null || hi.compareTo(value.subtract(tol)) >= 0;
                return loOk && hiOk ? null : "NOT CONTAINED: " + value.round(new MathContext(25)) + " not in " + shown;
        }
    }
}
