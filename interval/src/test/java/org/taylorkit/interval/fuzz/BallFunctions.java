package org.taylorkit.interval.fuzz;

import static org.taylorkit.interval.fuzz.BallArithmetic.up;

import java.util.function.DoubleFunction;
import org.taylorkit.core.function.Functions;

/**
 * The elementary functions of the catalogue on {@link Ball}s, for the fast tier of the fuzz
 * reference ({@link BallArithmetic}). Every result ball contains {@code f(v)} for every {@code v} in the
 * argument ball, given only the documented accuracy of the double library:
 * <ul>
 *   <li><b>Library error.</b> {@link StrictMath} (fdlibm) {@code exp, expm1, log, log1p, log10, sin,
 *       cos, asin, acos, atan, cbrt, pow} are within 1 ulp of the exact result and {@code sinh, cosh,
 *       tanh} within 2.5 ulps (the accuracy the {@link Math} specification requires, which fdlibm
 *       meets); a point value {@code y} is taken to be within {@value #LIB_ULPS} ulps of {@code y} —
 *       a margin of 6 over the worst documented error. {@code sqrt} is correctly rounded (1 ulp
 *       allowed). erf and erfc are the catalogue's double values ({@link Functions#ERF},
 *       {@link Functions#ERFC}): erf documented within 2 ulps against a 60-digit reference (measured
 *       ≤ 1.48 on 13 472 samples over ±[10⁻³⁰⁰, 6), {@code ErfAccuracyTest}), allowed {@value #ERF_ULPS}
 *       ulps; erfc documented within 4 ulps against Apfloat (measured ≤ 2.2 on
 *       1 488 samples over [−6, 27.3], {@code ErfcAccuracyTest}), allowed {@value #ERFC_ULPS} ulps —
 *       both a margin of 64.</li>
 *   <li><b>Monotone functions</b> (exp, log, asin, erfc, …): {@code f} over {@code [lo, hi]}, the
 *       outward-rounded bounds of the ball, lies between the point enclosures of {@code f(lo)} and
 *       {@code f(hi)}. Before that the ball is checked to lie inside the interval of monotonicity and
 *       of the domain ({@code log}: {@code lo > 0}; {@code asin}: {@code −1 ≤ lo, hi ≤ 1}; …), which
 *       also keeps the library away from poles and branch points.</li>
 *   <li><b>sin, cos</b> are 1-Lipschitz: {@code |sin v − sin m| ≤ |v − m|}. Arguments beyond
 *       {@code 10^24} go to Apfloat, which treats them as beyond its reach.</li>
 *   <li><b>Composites</b> are evaluated in ball arithmetic, so their rounding errors are bounded
 *       like any other: {@code tan = sin/cos}, {@code sec, csc, cot, sech, csch, coth} as quotients,
 *       {@code log2 = log/ln 2}, and at a point {@code asinh p = log1p(p + p²/(1 + √(1 + p²)))},
 *       {@code acosh p = log1p(t + √(t(2 + t)))} with {@code t = p − 1}, {@code atanh p =
 *       ½·log1p(2p/(1 − p))}, {@code acoth p = atanh(1/p)}, each used as the point enclosure of a
 *       monotone function.</li>
 *   <li>Exact arguments 0 (and {@code sqrt} of a perfect square) give exact results where the value is
 *       a dyadic number (sin 0 = 0, cos 0 = 1, …), so exact expressions stay exact.</li>
 * </ul>
 * A ball entirely outside a domain throws {@link ArithmeticException}; one that straddles a
 * domain boundary or a monotonicity break throws {@link Undecided}.
 */
final class BallFunctions {

    /** Allowed error of a fdlibm function value, in ulps of the value (documented: ≤ 2.5). */
    static final int LIB_ULPS = 16;
    /** Allowed error of the catalogue's double erf, in ulps of the value (documented ≤ 2, measured ≤ 1.48). */
    static final int ERF_ULPS = 128;
    /** Allowed error of the catalogue's double erfc, in ulps of the value (documented ≤ 4, measured ≤ 2.2). */
    static final int ERFC_ULPS = 256;

    private static final double PERIODIC_LIMIT = 1e24;
    private static final Ball LN2 = new Ball(0.6931471805599453, Math.ulp(0.6931471805599453));
    private static final BallArithmetic B = BallArithmetic.INSTANCE;

    private BallFunctions() {
    }

    /** {@code f(x)} for the catalogue function called {@code name}. */
    static Ball apply(String name, Ball x) {
        boolean zero = x.isExact() && x.mid == 0;
        switch (name) {
            case "abs": return new Ball(Math.abs(x.mid), x.rad);
            case "sqrt": return sqrt(x);
            case "cbrt": return zero ? x : increasing(x, p -> lib(StrictMath.cbrt(p), LIB_ULPS));
            case "exp": return zero ? BallArithmetic.ONE : increasing(x, p -> lib(StrictMath.exp(p), LIB_ULPS));
            case "expm1": return zero ? x : increasing(x, p -> lib(StrictMath.expm1(p), LIB_ULPS));
            case "exp2": return zero ? BallArithmetic.ONE : increasing(x, p -> lib(StrictMath.pow(2, p), LIB_ULPS));
            case "exp10": return zero ? BallArithmetic.ONE : increasing(x, p -> lib(StrictMath.pow(10, p), LIB_ULPS));
            case "log": return log(x);
            case "log2": return B.divide(log(x), LN2);
            case "log10": logDomain(x, 0); return increasing(x, p -> lib(StrictMath.log10(p), LIB_ULPS));
            case "log1p":
                logDomain(x, -1);
                return zero ? x : increasing(x, p -> lib(StrictMath.log1p(p), LIB_ULPS));
            case "sin": return sin(x);
            case "cos": return cos(x);
            case "tan": return B.divide(sin(x), cos(x));
            case "sec": return B.divide(BallArithmetic.ONE, cos(x));
            case "csc": return B.divide(BallArithmetic.ONE, sin(x));
            case "cot": return B.divide(cos(x), sin(x));
            case "asin":
                unitDomain(x);
                return zero ? x : increasing(x, p -> lib(StrictMath.asin(p), LIB_ULPS));
            case "acos":
                unitDomain(x);
                return decreasing(x, p -> lib(StrictMath.acos(p), LIB_ULPS));
            case "atan": return zero ? x : increasing(x, p -> lib(StrictMath.atan(p), LIB_ULPS));
            case "sinh": return sinh(x);
            case "cosh": return cosh(x);
            case "tanh": return zero ? x : increasing(x, p -> lib(StrictMath.tanh(p), LIB_ULPS));
            case "sech": return B.divide(BallArithmetic.ONE, cosh(x));
            case "csch": return B.divide(BallArithmetic.ONE, sinh(x));
            case "coth": return B.divide(cosh(x), sinh(x));
            case "asinh": return zero ? x : increasing(x, BallFunctions::asinhAt);
            case "acosh": return acosh(x);
            case "atanh": return atanh(x);
            case "acoth": return acoth(x);
            case "erf": return zero ? x : increasing(x, p -> lib(Functions.ERF.value(p), ERF_ULPS));
            case "erfc": return zero ? BallArithmetic.ONE : decreasing(x, p -> lib(Functions.ERFC.value(p), ERFC_ULPS));
            default: throw Undecided.INSTANCE; // a function this tier does not know: Apfloat decides
        }
    }

    /** The ball {@code y ± ulps·ulp(y)}: a library value with its allowed error. */
    private static Ball lib(double y, int ulps) {
        return new Ball(y, ulps * Math.ulp(y));
    }

    /** {@code f} increasing on the ball (the caller checked the domain): between the enclosures at its ends. */
    private static Ball increasing(Ball x, DoubleFunction<Ball> at) {
        if (x.isExact()) {
            return at.apply(x.mid);
        }
        return between(at.apply(x.lower()).lower(), at.apply(x.upper()).upper());
    }

    private static Ball decreasing(Ball x, DoubleFunction<Ball> at) {
        if (x.isExact()) {
            return at.apply(x.mid);
        }
        return between(at.apply(x.upper()).lower(), at.apply(x.lower()).upper());
    }

    /** The smallest convenient ball containing {@code [lo, hi]}. */
    private static Ball between(double lo, double hi) {
        double mid = 0.5 * lo + 0.5 * hi;
        return new Ball(mid, up(Math.max(hi - mid, mid - lo)));
    }

    private static Ball sqrt(Ball x) {
        if (x.upper() < 0) {
            throw new ArithmeticException("sqrt of a negative number");
        }
        if (x.lower() < 0) {
            throw Undecided.INSTANCE;
        }
        return increasing(x, p -> {
            double s = Math.sqrt(p);
            boolean exact = p == 0 || p > 0x1p-900 && Math.fma(s, s, -p) == 0;
            return exact ? Ball.exact(s) : new Ball(s, Math.ulp(s));
        });
    }

    /** Domain of a logarithm of {@code x − shift}: {@code x > shift}. */
    private static void logDomain(Ball x, double shift) {
        if (x.upper() <= shift) {
            throw new ArithmeticException("logarithm of a non-positive number");
        }
        if (!(x.lower() > shift)) {
            throw Undecided.INSTANCE;
        }
    }

    private static Ball log(Ball x) {
        logDomain(x, 0);
        return x.isExact() && x.mid == 1 ? BallArithmetic.ZERO : increasing(x, p -> lib(StrictMath.log(p), LIB_ULPS));
    }

    /** Domain {@code [−1, 1]}. */
    private static void unitDomain(Ball x) {
        if (x.lower() > 1 || x.upper() < -1) {
            throw new ArithmeticException("argument outside [-1, 1]");
        }
        if (x.lower() < -1 || x.upper() > 1) {
            throw Undecided.INSTANCE;
        }
    }

    private static void periodicRange(Ball x) {
        if (!(Math.abs(x.mid) + x.rad <= PERIODIC_LIMIT)) {
            throw Undecided.INSTANCE;
        }
    }

    private static Ball sin(Ball x) {
        if (x.isExact() && x.mid == 0) {
            return x;
        }
        periodicRange(x);
        return lipschitz(x, StrictMath.sin(x.mid));
    }

    private static Ball cos(Ball x) {
        if (x.isExact() && x.mid == 0) {
            return BallArithmetic.ONE;
        }
        periodicRange(x);
        return lipschitz(x, StrictMath.cos(x.mid));
    }

    /** A 1-Lipschitz function with value {@code y} (within the library error) at the centre. */
    private static Ball lipschitz(Ball x, double y) {
        double err = LIB_ULPS * Math.ulp(y);
        return new Ball(y, x.isExact() ? err : up(x.rad + err));
    }

    private static Ball sinh(Ball x) {
        return x.isExact() && x.mid == 0 ? x : increasing(x, p -> lib(StrictMath.sinh(p), LIB_ULPS));
    }

    /** cosh: decreasing then increasing, minimum 1 at 0. */
    private static Ball cosh(Ball x) {
        if (x.isExact() && x.mid == 0) {
            return BallArithmetic.ONE;
        }
        DoubleFunction<Ball> at = p -> lib(StrictMath.cosh(p), LIB_ULPS);
        if (x.isExact() || x.lower() >= 0) {
            return increasing(x, at);
        }
        if (x.upper() <= 0) {
            return decreasing(x, at);
        }
        return between(1, Math.max(at.apply(x.lower()).upper(), at.apply(x.upper()).upper()));
    }

    /** asinh at a point, odd, from log1p without cancellation. */
    private static Ball asinhAt(double p) {
        if (p < 0) {
            return B.negate(asinhAt(-p));
        }
        Ball x = Ball.exact(p);
        Ball x2 = B.multiply(x, x);
        Ball s = B.add(BallArithmetic.ONE, apply("sqrt", B.add(BallArithmetic.ONE, x2)));
        return apply("log1p", B.add(x, B.divide(x2, s)));
    }

    private static Ball acosh(Ball x) {
        if (x.upper() < 1) {
            throw new ArithmeticException("acosh of an argument below 1");
        }
        if (x.lower() < 1) {
            throw Undecided.INSTANCE;
        }
        return increasing(x, p -> {
            Ball t = B.subtract(Ball.exact(p), BallArithmetic.ONE);
            Ball root = apply("sqrt", B.multiply(t, B.add(Ball.exact(2), t)));
            return apply("log1p", B.add(t, root));
        });
    }

    private static Ball atanh(Ball x) {
        if (x.lower() >= 1 || x.upper() <= -1) {
            throw new ArithmeticException("atanh outside (-1, 1)");
        }
        if (!(x.lower() > -1 && x.upper() < 1)) {
            throw Undecided.INSTANCE;
        }
        if (x.isExact() && x.mid == 0) {
            return x;
        }
        return increasing(x, p -> {
            Ball q = B.divide(Ball.exact(2 * p), B.subtract(BallArithmetic.ONE, Ball.exact(p)));
            return B.multiply(Ball.exact(0.5), apply("log1p", q));
        });
    }

    /** acoth x = atanh(1/x), |x| > 1, decreasing on each branch. */
    private static Ball acoth(Ball x) {
        if (x.lower() >= -1 && x.upper() <= 1) {
            throw new ArithmeticException("acoth inside [-1, 1]");
        }
        if (!(x.lower() > 1 || x.upper() < -1)) {
            throw Undecided.INSTANCE;
        }
        return decreasing(x, p -> atanh(B.divide(BallArithmetic.ONE, Ball.exact(p))));
    }
}
