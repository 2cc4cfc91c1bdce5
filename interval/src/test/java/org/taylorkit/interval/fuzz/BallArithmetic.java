package org.taylorkit.interval.fuzz;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;

/**
 * The fast tier of the fuzz reference: an expression evaluated at a point in double-precision
 * <em>ball arithmetic</em> ({@link Ball}: a double and a rigorous bound on its distance to the exact
 * value), sharing no code with the interval module under test. A point whose ball lies inside the
 * interval enclosure is thereby proved to have its exact value inside; any other point goes to the
 * Apfloat reference, which is the arbiter. So this tier only ever <em>accepts</em>, and only with a
 * bound; it never rejects.
 *
 * <p><b>Why the radius is an upper bound.</b> With {@code a = a.mid ± a.rad} and {@code b = b.mid ± b.rad}:
 * <ul>
 *   <li>{@code a + b}: {@code s = RN(a.mid + b.mid)} and its error {@code e} is exact (TwoSum), so
 *       {@code |a + b − s| ≤ a.rad + b.rad + |e|}.</li>
 *   <li>{@code a · b}: {@code p = RN(a.mid·b.mid)} with error {@code e} (exact by {@code fma} when
 *       {@code |p| > 2^−960}, else bounded by {@code ulp(p)}), and
 *       {@code |ab − a.mid·b.mid| ≤ |a.mid|·b.rad + |b.mid|·a.rad + a.rad·b.rad}.</li>
 *   <li>{@code a / b}, {@code b} certainly non-zero: {@code q = RN(a.mid/b.mid)}, rounding error at most
 *       {@code ulp(q)} (zero when the {@code fma} remainder is), and
 *       {@code |a/b − a.mid/b.mid| ≤ (a.rad + |a.mid/b.mid|·b.rad)/(|b.mid| − b.rad)}.</li>
 *   <li>The radius formulas themselves are evaluated in double: {@link #up} multiplies by
 *       {@code 1 + 2^−48} (more than the relative error of 30 roundings) and adds {@code 2^−1070} (more
 *       than 16 underflowing roundings), so the stored radius is above the exact one. A radius is 0 only
 *       when both operands are exact and the operation was exact, so exact dyadic arithmetic stays
 *       exact.</li>
 *   <li>Elementary functions: see {@link BallFunctions}.</li>
 * </ul>
 * Domains are IEEE 1788's as in {@link Apfloat1788}: a point certainly outside (a ball entirely
 * outside a function's domain, division by an exact 0, {@code pow} of a certainly negative base, of an
 * exact 0 to a certainly non-positive exponent) throws {@link ArithmeticException}, exactly where the
 * Apfloat reference would; a ball touching a domain boundary, a pole or overflow throws
 * {@link Undecided}. Thread-safe.
 */
final class BallArithmetic implements Arithmetic<Ball> {

    static final BallArithmetic INSTANCE = new BallArithmetic();

    static final Ball ZERO = Ball.exact(0);
    static final Ball ONE = Ball.exact(1);

    /** Beyond this size an exponent makes the Apfloat reference give up ({@link Apfloat1788}); so do we. */
    private static final double EXPONENT_LIMIT = 1e24;

    private final Map<String, Ball> decimals = new ConcurrentHashMap<>();

    private BallArithmetic() {
    }

    /** {@code s} (a sum of non-negative terms computed with at most 30 roundings) rounded up past their exact sum. */
    static double up(double s) {
        return s * (1 + 0x1p-48) + 0x1p-1070;
    }

    @Override public Ball zero() { return ZERO; }
    @Override public Ball one() { return ONE; }
    @Override public Ball fromDouble(double v) { return Ball.exact(v); }
    @Override public Ball[] newArray(int n) { return new Ball[n]; }

    /** The nearest double, exact when the decimal is a double. */
    @Override
    public Ball fromDecimal(String decimal) {
        return decimals.computeIfAbsent(decimal, s -> {
            double m = Double.parseDouble(s);
            boolean exact = new BigDecimal(s).compareTo(new BigDecimal(m)) == 0;
            return new Ball(m, exact ? 0 : Math.ulp(m));
        });
    }

    /** {@link Math#PI} is π rounded to nearest, within half an ulp. */
    @Override
    public Ball pi() {
        return new Ball(Math.PI, Math.ulp(Math.PI));
    }

    @Override
    public Ball add(Ball a, Ball b) {
        double s = a.mid + b.mid;
        if (!Double.isFinite(s)) {
            throw Undecided.INSTANCE;
        }
        double bv = s - a.mid;
        double e = (a.mid - (s - bv)) + (b.mid - bv);
        if (a.rad == 0 && b.rad == 0 && e == 0) {
            return Ball.exact(s);
        }
        return new Ball(s, up(a.rad + b.rad + Math.abs(e)));
    }

    @Override
    public Ball subtract(Ball a, Ball b) {
        return add(a, negate(b));
    }

    @Override
    public Ball negate(Ball a) {
        return new Ball(-a.mid, a.rad);
    }

    @Override
    public Ball multiply(Ball a, Ball b) {
        double p = a.mid * b.mid;
        double e;
        if (a.mid == 0 || b.mid == 0) {
            e = 0;
        } else if (Math.abs(p) > 0x1p-960) {
            e = Math.abs(Math.fma(a.mid, b.mid, -p));
        } else {
            e = Math.ulp(p);
        }
        if (a.rad == 0 && b.rad == 0 && e == 0) {
            return Ball.exact(p);
        }
        return new Ball(p, up(Math.abs(a.mid) * b.rad + Math.abs(b.mid) * a.rad + a.rad * b.rad + e));
    }

    @Override
    public Ball multiply(Ball a, int n) {
        return multiply(a, Ball.exact(n));
    }

    @Override
    public Ball scale(Ball a, double s) {
        return multiply(a, Ball.exact(s));
    }

    @Override
    public Ball divide(Ball a, Ball b) {
        if (b.isExact() && b.mid == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (!(b.positive() || b.negative())) {
            throw Undecided.INSTANCE;
        }
        double q = a.mid / b.mid;
        double e;
        if (a.mid == 0) {
            e = 0;
        } else if (Math.abs(q) > 0x1p-900 && Math.abs(a.mid) > 0x1p-900 && Math.abs(q) < 0x1p900) {
            e = Math.fma(-q, b.mid, a.mid) == 0 ? 0 : Math.ulp(q);
        } else {
            e = Math.ulp(q);
        }
        if (a.rad == 0 && b.rad == 0) {
            return e == 0 ? Ball.exact(q) : new Ball(q, e);
        }
        double d = (Math.abs(b.mid) - b.rad) * (1 - 0x1p-50);
        if (!(d > 0)) {
            throw Undecided.INSTANCE;
        }
        return new Ball(q, up((a.rad + up(Math.abs(q) + e) * b.rad) / d + e));
    }

    @Override
    public Ball divide(Ball a, int n) {
        return divide(a, Ball.exact(n));
    }

    @Override
    public boolean isZero(Ball a) {
        return signum(a) == 0;
    }

    @Override
    public int signum(Ball a) {
        if (a.isExact()) {
            return (int) Math.signum(a.mid);
        }
        if (a.positive()) {
            return 1;
        }
        if (a.negative()) {
            return -1;
        }
        throw Undecided.INSTANCE;
    }

    @Override
    public double toDouble(Ball a) {
        return a.mid;
    }

    @Override
    public double norm(Ball a) {
        return Math.abs(a.mid);
    }

    @Override
    public Ball apply(ElementaryFunction f, Ball a) {
        return BallFunctions.apply(f.name(), a);
    }

    /** 1788 {@code pown}: {@code a^0 = 1} for every {@code a}; {@code 0^n} for {@code n < 0} is undefined. */
    @Override
    public Ball pow(Ball a, int n) {
        if (n == 0) {
            return ONE;
        }
        if (n < 0 && a.isExact() && a.mid == 0) {
            throw new ArithmeticException("0 to the negative power " + n);
        }
        long k = Math.abs((long) n);
        Ball result = ONE;
        Ball square = a;
        while (true) {
            if ((k & 1) != 0) {
                result = multiply(result, square);
            }
            k >>= 1;
            if (k == 0) {
                break;
            }
            square = multiply(square, square);
        }
        return n < 0 ? divide(ONE, result) : result;
    }

    /**
     * 1788 {@code pow}, as {@link Apfloat1788#pow}: {@code a < 0} undefined; {@code 0^b} is 0 for
     * {@code b > 0} and undefined for {@code b ≤ 0}; otherwise {@code exp(b·log a)} in balls.
     */
    @Override
    public Ball pow(Ball a, Ball b) {
        if (a.negative()) {
            throw new ArithmeticException("pow of a negative base");
        }
        if (a.isExact() && a.mid == 0) {
            if (b.positive()) {
                return ZERO;
            }
            if (b.isExact() && b.mid <= 0 || b.negative()) {
                throw new ArithmeticException("pow(0, b ≤ 0)");
            }
            throw Undecided.INSTANCE;
        }
        if (!a.positive() || Math.abs(b.mid) + b.rad > EXPONENT_LIMIT) {
            throw Undecided.INSTANCE;
        }
        if (b.isExact() && b.mid == 0) {
            return ONE;
        }
        return BallFunctions.apply("exp", multiply(b, BallFunctions.apply("log", a)));
    }

    @Override
    public Ball atan2(Ball y, Ball x) {
        throw Undecided.INSTANCE;
    }
}
