package org.taylorkit.interval.fuzz;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.arith.ApfloatArithmetic;

/**
 * The fuzz reference: {@link ApfloatArithmetic} at a fixed number of digits (a code path that shares
 * nothing with the interval code) with IEEE 1788's {@code pow} domain for non-literal exponents —
 * {@code a^b} is undefined for {@code a < 0}, and for {@code a = 0, b ≤ 0} — so that a point where
 * the interval evaluation is set-based ∅ is a point where the reference is undefined. Undefined
 * points throw {@link ArithmeticException}; a periodic function of an argument beyond
 * {@code 10^25} throws {@link Unreliable} (the digits would not fix its value).
 */
final class Apfloat1788 implements Arithmetic<Apfloat> {

    /** Thrown where the reference at this precision would not be reliable. */
    static final class Unreliable extends RuntimeException {
        Unreliable(String why) {
            super(why, null, false, false);
        }
    }

    private static final Apfloat LIMIT = new Apfloat("1e25");
    /**
     * For {@code |x| ≥ 20}, {@code erf x = ±(1 − ε)} with {@code 0 < ε = erfc|x| < e^{−400} < 10^{−173}}, so
     * ±1 is erf x correctly rounded to 60 and to 150 digits. Apfloat's erf (a hypergeometric series)
     * takes seconds at 20 and practically forever at 10⁵ (a fuzz case erf(x / 0.1 · 10⁴) stalled a run).
     */
    private static final Apfloat ERF_SATURATED = new Apfloat(20);
    private static final java.util.Set<String> PERIODIC = java.util.Set.of("sin", "cos", "tan", "sec", "csc", "cot");

    /** How many function values {@link #apply} remembers. */
    static final int MEMO_SIZE = 1 << 16;

    private final ApfloatArithmetic ap;
    private final java.util.Map<String, Apfloat> memo = new java.util.LinkedHashMap<>(MEMO_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Apfloat> eldest) {
            return size() > MEMO_SIZE;
        }
    };

    Apfloat1788(int digits) {
        this.ap = ApfloatArithmetic.ofDigits(digits);
    }

    @Override public Apfloat zero() { return ap.zero(); }
    @Override public Apfloat one() { return ap.one(); }
    @Override public Apfloat fromDouble(double v) { return ap.fromDouble(v); }
    @Override public Apfloat fromDecimal(String decimal) { return ap.fromDecimal(decimal); }
    @Override public Apfloat pi() { return ap.pi(); }
    @Override public Apfloat[] newArray(int n) { return ap.newArray(n); }
    @Override public Apfloat add(Apfloat a, Apfloat b) { return ap.add(a, b); }
    @Override public Apfloat subtract(Apfloat a, Apfloat b) { return ap.subtract(a, b); }
    @Override public Apfloat negate(Apfloat a) { return ap.negate(a); }
    @Override public Apfloat multiply(Apfloat a, Apfloat b) { return ap.multiply(a, b); }
    @Override public Apfloat multiply(Apfloat a, int n) { return ap.multiply(a, n); }
    @Override public Apfloat scale(Apfloat a, double s) { return ap.scale(a, s); }
    @Override public Apfloat divide(Apfloat a, Apfloat b) { return ap.divide(a, b); }
    @Override public Apfloat divide(Apfloat a, int n) { return ap.divide(a, n); }
    @Override public boolean isZero(Apfloat a) { return ap.isZero(a); }
    @Override public int signum(Apfloat a) { return ap.signum(a); }
    @Override public double toDouble(Apfloat a) { return ap.toDouble(a); }
    @Override public double norm(Apfloat a) { return ap.norm(a); }
    @Override public Apfloat pow(Apfloat a, int n) { return ap.pow(a, n); }
    @Override public Apfloat atan2(Apfloat y, Apfloat x) { return ap.atan2(y, x); }

    /**
     * {@code f(a)}; values are memoized ({@link #MEMO_SIZE} most recent, keyed by the function, the
     * exact digits of {@code a} and its precision), since the same constants (e = exp 1, exp 3, …) and
     * the same dyadic sample points recur across cases; a memoized value is the value the same call
     * computed before.
     */
    @Override
    public Apfloat apply(ElementaryFunction f, Apfloat a) {
        if (PERIODIC.contains(f.name()) && ApfloatMath.abs(a).compareTo(LIMIT) > 0) {
            throw new Unreliable(f.name() + " of " + a.toString(false));
        }
        if ("erf".equals(f.name()) && ApfloatMath.abs(a).compareTo(ERF_SATURATED) >= 0) {
            return a.signum() > 0 ? ap.one() : ap.negate(ap.one()); // see ERF_SATURATED; 60 digits, not exact
        }
        String key = f.name() + '(' + a.toString(false) + '/' + a.precision();
        Apfloat v;
        synchronized (memo) {
            v = memo.get(key);
        }
        if (v == null) {
            v = ap.apply(f, a);
            synchronized (memo) {
                memo.put(key, v);
            }
        }
        return v;
    }

    /** 1788 {@code pow}: domain {@code a > 0}, or {@code a = 0} with {@code b > 0} ({@code 0^b = 0}). */
    @Override
    public Apfloat pow(Apfloat a, Apfloat b) {
        if (a.signum() < 0 || a.signum() == 0 && b.signum() <= 0) {
            throw new ArithmeticException("pow(" + a.toString(false) + ", " + b.toString(false) + ") is outside 1788 pow's domain");
        }
        if (ApfloatMath.abs(b).compareTo(LIMIT) > 0) {
            throw new Unreliable("pow with exponent " + b.toString(false));
        }
        return ap.pow(a, b);
    }
}
