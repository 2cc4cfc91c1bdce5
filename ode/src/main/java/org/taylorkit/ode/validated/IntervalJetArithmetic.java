package org.taylorkit.ode.validated;

import java.util.Map;
import org.taylorkit.core.expr.FunctionDerivatives;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.interval.Interval;

/**
 * Order-1 interval jets ({@link IntervalJet}) as a coefficient arithmetic, so the Taylor tape runs
 * over them and yields enclosures of the Taylor coefficients and of their derivatives with respect
 * to the seed directions (forward-mode differentiation over intervals).
 *
 * <p>Rigor: for {@code u = a ∘ b} with {@code a(x) ∈ A}, {@code ∇a(x)·V ∈ dA} (likewise b) for all
 * {@code x} in the box, the product rule {@code ∇(ab) = a∇b + b∇a}, the quotient rule
 * {@code ∇(a/b) = (∇a − (a/b)∇b)/b} and the chain rule {@code ∇f(a) = f'(a)∇a} hold pointwise, so
 * evaluating them in interval arithmetic with {@code f'} enclosed over the value interval encloses
 * the exact gradients (inclusion property). The values go through {@link DomainCheckedArithmetic},
 * so every domain refusal of the plain interval run also happens here; derivative factors are
 * interval expressions (e.g. {@code 1/(2√a)}, {@code (2/√π)e^{−a²}} with a rigorous π). Stateless
 * apart from the dimension; thread-safe.
 */
final class IntervalJetArithmetic implements Arithmetic<IntervalJet> {

    private static final DomainCheckedArithmetic D = DomainCheckedArithmetic.INSTANCE;
    private static final Interval ZERO = Interval.point(0);
    private static final Interval ONE = Interval.point(1);

    private final int n;
    private final Interval[] zeros;
    private final IntervalJet zero;
    private final IntervalJet one;

    IntervalJetArithmetic(int n) {
        this.n = n;
        this.zeros = new Interval[n];
        Arrays.fill(zeros, ZERO);
        this.zero = constant(ZERO);
        this.one = constant(ONE);
    }

    /** The constant jet {@code v} (zero gradient). */
    IntervalJet constant(Interval v) {
        return new IntervalJet(v, zeros, true);
    }

    /** The jet {@code value + Σ_j seedRow[j] δ_j}. */
    IntervalJet of(Interval value, Interval[] seedRow) {
        return new IntervalJet(value, seedRow.clone(), false);
    }

    private IntervalJet chain(IntervalJet a, Interval value, Interval factor) {
        if (a.constant) {
            return constant(value);
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = factor.multiply(a.gradient[j]);
        }
        return new IntervalJet(value, g, false);
    }

    @Override public IntervalJet zero() { return zero; }
    @Override public IntervalJet one() { return one; }
    @Override public IntervalJet fromDouble(double v) { return constant(D.fromDouble(v)); }
    @Override public IntervalJet fromDecimal(String decimal) { return constant(D.fromDecimal(decimal)); }
    @Override public IntervalJet pi() { return constant(D.pi()); }
    @Override public IntervalJet[] newArray(int size) { return new IntervalJet[size]; }

    @Override
    public IntervalJet add(IntervalJet a, IntervalJet b) {
        Interval v = a.value.add(b.value);
        if (b.constant) {
            return new IntervalJet(v, a.gradient, a.constant);
        }
        if (a.constant) {
            return new IntervalJet(v, b.gradient, false);
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = a.gradient[j].add(b.gradient[j]);
        }
        return new IntervalJet(v, g, false);
    }

    @Override
    public IntervalJet subtract(IntervalJet a, IntervalJet b) {
        Interval v = a.value.subtract(b.value);
        if (b.constant) {
            return new IntervalJet(v, a.gradient, a.constant);
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = a.constant ? b.gradient[j].negate() : a.gradient[j].subtract(b.gradient[j]);
        }
        return new IntervalJet(v, g, false);
    }

    @Override
    public IntervalJet negate(IntervalJet a) {
        return chain(a, a.value.negate(), Interval.point(-1));
    }

    @Override
    public IntervalJet multiply(IntervalJet a, IntervalJet b) {
        Interval v = a.value.multiply(b.value);
        if (a.constant && b.constant) {
            return constant(v);
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            if (a.constant) {
                g[j] = a.value.multiply(b.gradient[j]);
            } else if (b.constant) {
                g[j] = a.gradient[j].multiply(b.value);
            } else {
                g[j] = a.value.multiply(b.gradient[j]).add(a.gradient[j].multiply(b.value));
            }
        }
        return new IntervalJet(v, g, false);
    }

    @Override
    public IntervalJet multiply(IntervalJet a, int k) {
        if (a.constant) {
            return constant(D.multiply(a.value, k));
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = D.multiply(a.gradient[j], k);
        }
        return new IntervalJet(D.multiply(a.value, k), g, false);
    }

    @Override
    public IntervalJet scale(IntervalJet a, double s) {
        if (a.constant) {
            return constant(D.scale(a.value, s));
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = D.scale(a.gradient[j], s);
        }
        return new IntervalJet(D.scale(a.value, s), g, false);
    }

    /** {@code a/b}, gradient {@code (∇a − q∇b)/b}. */
    @Override
    public IntervalJet divide(IntervalJet a, IntervalJet b) {
        Interval q = D.divide(a.value, b.value);
        if (a.constant && b.constant) {
            return constant(q);
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            Interval num = b.constant ? a.gradient[j]
                    : a.constant ? q.multiply(b.gradient[j]).negate() : a.gradient[j].subtract(q.multiply(b.gradient[j]));
            g[j] = num.divide(b.value);
        }
        return new IntervalJet(q, g, false);
    }

    @Override
    public IntervalJet divide(IntervalJet a, int k) {
        if (a.constant) {
            return constant(D.divide(a.value, k));
        }
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = D.divide(a.gradient[j], k);
        }
        return new IntervalJet(D.divide(a.value, k), g, false);
    }

    @Override
    public boolean isZero(IntervalJet a) {
        if (!D.isZero(a.value)) {
            return false;
        }
        if (a.constant) {
            return true;
        }
        for (Interval v : a.gradient) {
            if (!D.isZero(v)) {
                return false;
            }
        }
        return true;
    }

    /** The sign of the value (as {@code FieldTaylorNArithmetic}: 0 for the zero jet, an error if only the value is 0). */
    @Override
    public int signum(IntervalJet a) {
        if (isZero(a)) {
            return 0;
        }
        if (D.isZero(a.value)) {
            throw new ArithmeticException("signum of a jet with value 0 is not determined (" + a + ")");
        }
        return D.signum(a.value);
    }

    @Override public double toDouble(IntervalJet a) { return D.toDouble(a.value); }

    /** The largest norm of the value and the gradient entries. */
    @Override
    public double norm(IntervalJet a) {
        double m = D.norm(a.value);
        for (Interval v : a.gradient) {
            m = Math.max(m, D.norm(v));
        }
        return m;
    }

    /**
     * {@code f(a)} with the chain rule: the value by {@code f}'s rigorous enclosure, the factor by
     * {@code f}'s derivative from the catalogue ({@link FunctionDerivatives}) evaluated over intervals
     * at the value; |a| (the domain check keeps 0 out of the value) has the exact factor ±1.
     */
    @Override
    public IntervalJet apply(ElementaryFunction f, IntervalJet a) {
        Interval v = D.apply(f, a.value);
        if (a.constant) {
            return constant(v);
        }
        Interval factor = f == Functions.ABS ? Interval.point(a.value.inf() > 0 ? 1 : -1)
                : FunctionDerivatives.of(f).evaluate(D, Map.of(FunctionDerivatives.VARIABLE, a.value));
        return chain(a, v, factor);
    }

    @Override
    public IntervalJet pow(IntervalJet a, int k) {
        Interval v = D.pow(a.value, k);
        if (a.constant) {
            return constant(v);
        }
        Interval factor = k == 0 ? ZERO : D.pow(a.value, k - 1).multiply(Interval.point(k));
        return chain(a, v, factor);
    }

    /**
     * {@code a^b}: a constant point-integer exponent is {@link #pow(IntervalJet, int)}; otherwise
     * (base positive, checked) the gradient is {@code a^b·(b∇a/a + ln(a)∇b)}.
     */
    @Override
    public IntervalJet pow(IntervalJet a, IntervalJet b) {
        Interval e = b.value;
        if (b.constant && e.isPoint() && e.inf() == Math.rint(e.inf()) && Math.abs(e.inf()) <= 1 << 30) {
            return pow(a, (int) e.inf());
        }
        Interval v = D.pow(a.value, e);
        if (a.constant && b.constant) {
            return constant(v);
        }
        Interval da = e.divide(a.value);
        Interval lg = D.apply(Functions.LOG, a.value);
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            Interval s = a.constant ? ZERO : da.multiply(a.gradient[j]);
            if (!b.constant) {
                s = s.add(lg.multiply(b.gradient[j]));
            }
            g[j] = v.multiply(s);
        }
        return new IntervalJet(v, g, false);
    }

    /** atan2(y, x), gradient {@code (x∇y − y∇x)/(x² + y²)}. */
    @Override
    public IntervalJet atan2(IntervalJet y, IntervalJet x) {
        Interval v = D.atan2(y.value, x.value);
        if (y.constant && x.constant) {
            return constant(v);
        }
        Interval r2 = x.value.sqr().add(y.value.sqr());
        Interval[] g = new Interval[n];
        for (int j = 0; j < n; j++) {
            g[j] = x.value.multiply(y.gradient[j]).subtract(y.value.multiply(x.gradient[j])).divide(r2);
        }
        return new IntervalJet(v, g, false);
    }
}
