package org.taylorkit.ode.validated;

import org.taylorkit.core.expr.PartialDerivative;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.Event;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * A rigorous Poincaré map: the first crossing of the section {@code g(t, x, p) = 0} in a given
 * direction, enclosed for every initial state in a box — the crossing time, the state at the
 * section and (with {@link #crossWithJacobian}) the derivative of the map, including the crossing
 * time's dependence on the initial state. The validated counterpart of
 * {@link org.taylorkit.ode.dynamics.PoincareMap}, and the input of an interval Newton/Krawczyk proof
 * of a periodic orbit.
 *
 * <p><b>Method.</b> The box is integrated by {@link ValidatedIntegrator} (Lohner's method) over
 * {@code [t0, t0 + maxTime]}. Along the validated steps the time axis is cut into pieces; on each, the
 * solution set is enclosed by the step's interval Taylor polynomial with Lagrange remainder, rebuilt
 * from the box at the step start and, in mean-value form, from the integrator's set there
 * ({@link StepPolynomial}), and {@code G = g} and
 * {@code G' = ∂_t g + ∇g·f} are enclosed over it ({@code ∇g} by symbolic differentiation). Pieces with
 * {@code 0 ∉ G} prove that no solution meets the section there; pieces with {@code 0 ∈ G} must have
 * {@code 0 ∉ G'} (after bisection), which makes {@code g} strictly monotone along every solution;
 * a run of such pieces between two pieces where {@code g} has opposite signs holds exactly one
 * transversal crossing of every solution. The first such run in the requested direction is
 * narrowed by interval Newton, {@code T ← (m − G(m)/G'(T)) ∩ T}, and the state is enclosed over it.
 * For the derivative, the augmented system {@code x' = f, V' = D_x f·V} ({@code D_x f} symbolic) is
 * integrated from {@code X × {εI}} (ε = 2⁻²⁰, V = W/ε, see the theory note) and
 * {@code DP = (I − f·∇gᵀ/(∂_t g + ∇g·f))·V}, {@code ∇τ = −∇g·V/(∂_t g + ∇g·f)} are evaluated over the
 * enclosure at the crossing (implicit function theorem: {@code τ} is differentiable where the
 * crossing is transversal). Proofs: {@code docs/theory/validated.md}.
 *
 * <p><b>Which crossing.</b> The first one after {@code t0} in the direction ({@code UP}: g goes from
 * negative to positive). If the initial box meets the section ({@code 0 ∈ g(t0, X)}, e.g. a box on
 * the section for a return map), the departure is not counted: the set must leave the section
 * transversally (proved as above), and the first crossing after that is returned.
 *
 * <p><b>Failure.</b> A tangential crossing ({@code G'} cannot be separated from 0), a set too wide to
 * separate the crossing, an integration that stops early, or a crossing in progress at the horizon
 * give {@link ValidatedCrossing.Status#FAILED} with a reason; no enclosure is returned then.
 *
 * <p>Immutable and thread-safe (each call uses its own integrator state).
 */
public final class ValidatedPoincareMap {

    /**
     * The variational part is integrated as {@code W = εV} from {@code W(t0) = εI}: W solves the same
     * linear equation, so {@code V = W/ε} exactly (ε a power of two), while the entries
     * {@code ∂W'/∂x} of the augmented Jacobian (second derivatives of f times W) shrink by ε, so the
     * augmented integration takes about the steps of the base system (Van der Pol, remainder-targeted
     * step control: 65 steps per period, as the base system, instead of 74; with the former step bound
     * {@code h·‖D f‖∞ < 1/2}: 85 instead of 310).
     */
    private static final double VARIATIONAL_SCALE = 0x1p-20;

    private final OdeSystem system;
    private final Expr section;
    private final Direction direction;
    private final Map<String, Interval> parameters;
    private final int order;
    private final double maxTime;
    private final int maxSteps;
    private final double maxStep;
    private final Expr[] gradient;
    private final Expr timePartial;
    private final Expr gDot;

    private ValidatedPoincareMap(Builder b) {
        this.system = b.system;
        this.section = b.section;
        this.direction = b.direction;
        this.parameters = Map.copyOf(b.parameters);
        this.order = b.order;
        this.maxTime = b.maxTime;
        this.maxSteps = b.maxSteps;
        this.maxStep = b.maxStep;
        int n = system.dimension();
        gradient = new Expr[n];
        Expr dot = timePartial = PartialDerivative.of(section, OdeSystem.TIME);
        for (int i = 0; i < n; i++) {
            String x = system.variables().get(i);
            gradient[i] = PartialDerivative.of(section, x);
            if (!PartialDerivative.isConstantIn(section, x)) {
                dot = dot.plus(gradient[i].times(system.rightHandSides().get(i)));
            }
        }
        this.gDot = dot;
    }

    /** A builder for a validated Poincaré map of {@code system}. */
    public static Builder builder(OdeSystem system) {
        return new Builder(system);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The section function g. */
    public Expr section() {
        return section;
    }

    /** The crossing direction. */
    public Direction direction() {
        return direction;
    }

    /**
     * The first crossing after {@code t0} of every solution from {@code box} (see the class comment):
     * the time and state enclosures, without the derivative.
     *
     * @param t0 the initial time
     * @param box one nonempty bounded interval per state variable
     * @throws IllegalArgumentException on a wrong box (as {@link ValidatedIntegrator#integrate})
     */
    public ValidatedCrossing cross(double t0, Interval[] box) {
        Run r = search(system, t0, box, hint(t0, box));
        return result(r.outcome(), null, null, r.solution());
    }

    /**
     * Whether the section function over the initial box at {@code t0} may be 0, i.e. the box meets
     * the section: its departure from the section is then not counted as a crossing (see the class
     * Javadoc). False when the section function cannot be evaluated on the box (the search then
     * fails with that reason).
     *
     * @param t0 the initial time
     * @param box one interval per state variable
     */
    public boolean meetsSection(double t0, Interval[] box) {
        try {
            Interval g0 = CrossingSearch.evaluate(section, system.variables(), parameters, Interval.point(t0), box);
            return !g0.isEmpty() && g0.contains(0);
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * Every crossing in the map's direction in {@code (t0, t1]} of every solution from {@code box}
     * (rigorous events; {@code maxTime} does not apply): the validated integration runs to {@code t1}
     * and the zones of step 3 of the theory note are enclosed one after the other. The list holds the
     * crossings in time order ({@link ValidatedCrossing.Status#FOUND}, without derivatives; the k-th
     * entry encloses every solution's k-th crossing after the departure), then one last entry:
     * {@link ValidatedCrossing.Status#NOT_FOUND} when the rest of {@code (t0, t1]} is proved free of
     * crossings, or {@link ValidatedCrossing.Status#FAILED} with the reason the search stopped (later
     * crossings are then unknown).
     *
     * @throws IllegalArgumentException on a wrong box or {@code t1 < t0}
     */
    public List<ValidatedCrossing> crossings(double t0, Interval[] box, double t1) {
        IntervalTaylorStepper stepper = new IntervalTaylorStepper(system, order, parameters);
        List<LohnerSet.Snapshot> starts = new java.util.ArrayList<>();
        ValidatedSolution sol = integrator(system).integrate(t0, box, t1, starts);
        List<ValidatedCrossing> out = new java.util.ArrayList<>();
        for (CrossingSearch.Outcome o : new CrossingSearch(system, stepper, parameters, section, gDot, direction)
                .all(t0, box, sol, starts)) {
            out.add(result(o, null, null, sol));
        }
        return List.copyOf(out);
    }

    private record Run(CrossingSearch.Outcome outcome, ValidatedSolution solution) {
    }

    /**
     * Integrates {@code start} (a box of the system {@code s}) up to {@code t0 + horizon} and searches; if that proves nothing and the horizon was shorter than
     * the maximum, once more up to {@code t0 + maxTime}. The horizon only saves work: every
     * statement returned is proved over the integration actually done.
     */
    private Run search(OdeSystem s, double t0, Interval[] start, double horizon) {
        IntervalTaylorStepper stepper = new IntervalTaylorStepper(s, order, parameters);
        CrossingSearch cs = new CrossingSearch(s, stepper, parameters, section, gDot, direction);
        List<LohnerSet.Snapshot> starts = new java.util.ArrayList<>();
        ValidatedSolution sol = integrator(s).integrate(t0, start, t0 + horizon, starts);
        CrossingSearch.Outcome o = cs.first(t0, start, sol, starts);
        if (o.time() == null && horizon < maxTime) {
            starts = new java.util.ArrayList<>();
            sol = integrator(s).integrate(t0, start, t0 + maxTime, starts);
            o = cs.first(t0, start, sol, starts);
        }
        return new Run(o, sol);
    }

    /**
     * A guess of the time to integrate: the first crossing of the box centre found by the
     * (non-rigorous) double integrator with an event at the section, plus 10% and 1e-3 of margin;
     * {@code maxTime} when there is none. Used only to stop the validated integration early.
     */
    private double hint(double t0, Interval[] box) {
        try {
            TaylorIntegrator.Builder b = TaylorIntegrator.builder(system).event(new Event(section, direction, true));
            parameters.forEach((k, v) -> b.parameter(k, v.mid()));
            OdeSolution s = b.build().integrate(t0, IntervalMatrices.mid(box), t0 + maxTime);
            if (s.status() == StopReason.EVENT && s.t() > t0) {
                return Math.min(maxTime, 1.1 * (s.t() - t0) + 1e-3);
            }
        } catch (RuntimeException e) {
            // no hint: integrate over the whole horizon
        }
        return maxTime;
    }

    /**
     * As {@link #cross}, plus enclosures of the derivative of the map {@code DP} and of the crossing
     * time's gradient {@code ∇τ} for every initial state in {@code box}. Integrates the system with its
     * variational equations ({@code n + n²} equations), so it costs more than {@link #cross}.
     *
     * @throws IllegalArgumentException on a wrong box
     */
    public ValidatedCrossing crossWithJacobian(double t0, Interval[] box) {
        int n = system.dimension();
        if (box.length != n) {
            throw new IllegalArgumentException("validated Poincaré map: the box has " + box.length
                    + " components for the " + n + " state variables " + system.variables());
        }
        OdeSystem aug = VariationalSystem.of(system).augmented();
        Interval[] big = new Interval[n + n * n];
        System.arraycopy(box, 0, big, 0, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                big[n + i * n + j] = Interval.point(i == j ? VARIATIONAL_SCALE : 0);
            }
        }
        double horizon = hint(t0, box);
        Run run = search(aug, t0, big, horizon);
        CrossingSearch.Outcome o = run.outcome();
        ValidatedSolution sol = run.solution();
        if (o.time() == null) {
            return result(o, null, null, sol);
        }
        Interval[] all = o.state();
        Interval[] x = java.util.Arrays.copyOf(all, n);
        Interval[][] v = new Interval[n][n];
        Interval unscale = Interval.point(1 / VARIATIONAL_SCALE);  // exact: a power of two
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = all[n + i * n + j].multiply(unscale);
            }
        }
        Map<String, Interval> bind = new LinkedHashMap<>(parameters);
        for (int i = 0; i < n; i++) {
            bind.put(system.variables().get(i), x[i]);
        }
        bind.put(OdeSystem.TIME, o.time());
        Interval[] timeGradient = new Interval[n];
        Interval[][] jac = new Interval[n][n];
        try {
            Interval[] f = new Interval[n];
            Interval[] grad = new Interval[n];
            Interval den = timePartial.evaluate(DomainCheckedArithmetic.INSTANCE, bind);
            for (int i = 0; i < n; i++) {
                f[i] = system.rightHandSides().get(i).evaluate(DomainCheckedArithmetic.INSTANCE, bind);
                grad[i] = gradient[i].evaluate(DomainCheckedArithmetic.INSTANCE, bind);
                den = den.add(grad[i].multiply(f[i]));
            }
            if (den.contains(0) || den.isEmpty()) {
                return new ValidatedCrossing(ValidatedCrossing.Status.FAILED, "the crossing time is enclosed in "
                        + o.time() + " but dg/dt over the state enclosure, " + den + ", contains 0",
                        null, null, null, null, sol.t(), sol.stepCount());
            }
            for (int j = 0; j < n; j++) {
                Interval w = Interval.point(0);
                for (int k = 0; k < n; k++) {
                    w = w.add(grad[k].multiply(v[k][j]));
                }
                timeGradient[j] = w.divide(den).negate();
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    jac[i][j] = v[i][j].add(f[i].multiply(timeGradient[j]));
                }
            }
        } catch (ArithmeticException e) {
            return new ValidatedCrossing(ValidatedCrossing.Status.FAILED, "the derivative of the map cannot be "
                    + "evaluated at the crossing: " + e.getMessage(), null, null, null, null, sol.t(), sol.stepCount());
        }
        Interval time = o.time();
        // mean-value form of the map around the centre m: P(x0) ∈ P(m) + DP(X)·(x0 − m), τ likewise
        double[] m = IntervalMatrices.mid(box);
        Interval[] centre = IntervalMatrices.point(m);
        if (!java.util.Arrays.equals(centre, box)) {
            CrossingSearch.Outcome pm = search(system, t0, centre,
                    Math.min(maxTime, 1.1 * (o.time().sup() - t0) + 1e-3)).outcome();
            // the centre's crossing is the box's crossing only if it lies in the zone (unique zero there)
            if (pm.time() != null && pm.time().subsetOf(o.time())) {
                Interval[] dx = new Interval[n];
                for (int j = 0; j < n; j++) {
                    dx[j] = box[j].subtract(centre[j]);
                }
                time = intersect(time, pm.time().add(dot(timeGradient, dx)));
                for (int i = 0; i < n; i++) {
                    x[i] = intersect(x[i], pm.state()[i].add(dot(jac[i], dx)));
                }
            }
        }
        return new ValidatedCrossing(ValidatedCrossing.Status.FOUND, null, time, x, jac, timeGradient, sol.t(),
                sol.stepCount());
    }

    private static Interval dot(Interval[] a, Interval[] b) {
        Interval s = Interval.point(0);
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }

    /** {@code a ∩ b} for two enclosures of the same quantity ({@code a} if, impossibly, disjoint). */
    private static Interval intersect(Interval a, Interval b) {
        Interval c = a.intersection(b);
        return c.isEmpty() ? a : c;
    }

    private ValidatedCrossing result(CrossingSearch.Outcome o, Interval[][] jac, Interval[] grad, ValidatedSolution sol) {
        if (o.time() != null) {
            return new ValidatedCrossing(ValidatedCrossing.Status.FOUND, null, o.time(), o.state(), jac, grad, sol.t(),
                    sol.stepCount());
        }
        return new ValidatedCrossing(o.noneBefore() ? ValidatedCrossing.Status.NOT_FOUND : ValidatedCrossing.Status.FAILED,
                o.reason(), null, null, null, null, sol.t(), sol.stepCount());
    }

    private ValidatedIntegrator integrator(OdeSystem s) {
        ValidatedIntegrator vi = ValidatedIntegrator.of(s).withOrder(order).withMaxSteps(maxSteps);
        if (maxStep < Double.POSITIVE_INFINITY) {
            vi = vi.withMaxStep(maxStep);
        }
        for (Map.Entry<String, Interval> p : parameters.entrySet()) {
            vi = vi.withParameter(p.getKey(), p.getValue());
        }
        return vi;
    }

    /** Configures a {@link ValidatedPoincareMap}. Not thread-safe. */
    public static final class Builder {

        private final OdeSystem system;
        private Expr section;
        private Direction direction = Direction.BOTH;
        private final Map<String, Interval> parameters = new LinkedHashMap<>();
        private int order = ValidatedIntegrator.DEFAULT_ORDER;
        private double maxTime = 100;
        private int maxSteps = 100_000;
        private double maxStep = Double.POSITIVE_INFINITY;

        private Builder(OdeSystem system) {
            this.system = Objects.requireNonNull(system, "system");
        }

        /**
         * The section g = 0 (an expression over the state variables, {@code t} and the parameters) and
         * the crossing direction (UP: g goes from negative to positive).
         *
         * @throws IllegalArgumentException if the text does not parse or uses an unknown symbol
         */
        public Builder section(String g, Direction direction) {
            return section(system.parseExpression(g, "section function"), direction);
        }

        /**
         * The section g = 0 as an expression, and the direction.
         *
         * @throws IllegalArgumentException if {@code g} uses an unknown symbol
         */
        public Builder section(Expr g, Direction direction) {
            system.checkExpression(Objects.requireNonNull(g, "section"), "section function");
            this.section = g;
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * Parameter {@code name} ranging over {@code value} (an enclosure, e.g. {@code Interval.fromDecimal("0.1")}).
         *
         * @throws IllegalArgumentException if the system has no such parameter, or the value is empty or unbounded
         */
        public Builder parameter(String name, Interval value) {
            if (!system.parameters().contains(name)) {
                throw new IllegalArgumentException("validated Poincaré map: no parameter '" + name + "'");
            }
            if (value.isEmpty() || !value.isBounded()) {
                throw new IllegalArgumentException("validated Poincaré map: parameter " + name + " = " + value
                        + " must be a nonempty bounded interval");
            }
            parameters.put(name, value);
            return this;
        }

        /** The Taylor order of the integration (default {@value ValidatedIntegrator#DEFAULT_ORDER}; 2..60). */
        public Builder order(int p) {
            ValidatedIntegrator.of(system).withOrder(p); // validates
            order = p;
            return this;
        }

        /** The search horizon: crossings are sought in {@code (t0, t0 + t]} (positive; default 100). */
        public Builder maxTime(double t) {
            if (!(t > 0) || !Double.isFinite(t)) {
                throw new IllegalArgumentException("validated Poincaré map: the maximum time must be positive and finite, got " + t);
            }
            maxTime = t;
            return this;
        }

        /** At most {@code n ≥ 1} integration steps (default 100000). */
        public Builder maxSteps(int n) {
            ValidatedIntegrator.of(system).withMaxSteps(n); // validates
            maxSteps = n;
            return this;
        }

        /** Integration steps no longer than {@code h > 0}. */
        public Builder maxStep(double h) {
            ValidatedIntegrator.of(system).withMaxStep(h); // validates
            maxStep = h;
            return this;
        }

        /**
         * The map.
         *
         * @throws IllegalStateException if no section was given or a parameter has no value
         */
        public ValidatedPoincareMap build() {
            if (section == null) {
                throw new IllegalStateException("validated Poincaré map: no section given (call section(g, direction))");
            }
            List<String> missing = system.parameters().stream().filter(p -> !parameters.containsKey(p)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("validated Poincaré map: no value for parameter(s) " + missing);
            }
            return new ValidatedPoincareMap(this);
        }
    }
}
