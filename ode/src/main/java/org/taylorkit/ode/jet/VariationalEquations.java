package org.taylorkit.ode.jet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.PartialDerivative;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.OdeSystem;

/**
 * The variational equations of order K of x' = f(t, x, p) in m jet variables ξ (initial values and/or
 * parameters), derived symbolically and appended to the system: an ordinary {@link OdeSystem} that
 * any integrator — in particular the compiled {@code double} tape — runs as it is.
 *
 * <p><b>Unknowns.</b> For every state i and every multi-index α in the jet variables with
 * 1 ≤ |α| ≤ K, one unknown X_{i,α}(t), the Taylor coefficient of δ^α in x_i(t; ξ0 + δ) (the partial
 * derivative ∂^α x_i/∂ξ^α divided by α!): one equation per multi-index, not per ordered tuple of
 * derivatives, as a {@link TaylorN} stores them. X_{i,0} = x_i. Layout of the enlarged state:
 * component {@code position·n + i} for the monomial at {@code position} of {@link #index()} (graded
 * lexicographic, as {@code TaylorN}), so the first n components are the state and the next n·m the
 * columns of the state-transition matrix.
 *
 * <p><b>Equations.</b> Write x(δ) = x0 + Δ(δ) with Δ_j = Σ_{|γ|≥1} X_{j,γ} δ^γ, and Δ_p = δ_p for a
 * parameter p that is a jet variable. The multivariate Taylor expansion of the right-hand side
 * (Faà di Bruno) gives, for |α| ≥ 1,
 * <pre>
 *   X_{i,α}' = Σ_{1≤|β|≤|α|} (∂^β f_i / β!)(t, x, p) · [δ^α] Δ^β
 * </pre>
 * with β over the state variables and the jet parameters. At order 1 this is V' = (∂f/∂x)·V + ∂f/∂p.
 * The derivative tensors ∂^β f_i are built symbolically ({@link PartialDerivative}, quotients by
 * {@link QuotientDerivative} so that they reuse the quotient; each from its parent β − e_v, one per multi-index β; unit factors and signs folded by {@link SignAndUnitFolding});
 * the coefficients [δ^α]Δ^β are built once per (β, α) as
 * products Δ^β = Δ^{β−e_v}·Δ_v truncated at degree K, and shared by all i. The tape builder keys
 * nodes by structural equality, so the derivatives of f and the products of the variational unknowns
 * are common subexpressions of the whole enlarged system. Terms that are identically zero add nothing.
 *
 * <p>The equations hold for any initial jets (not only x0 + δ): initial values that are polynomials in
 * δ give the Taylor coefficients of the composed flow. Exact in the sense that the enlarged system's
 * solution is the flow's Taylor expansion in δ; numerical accuracy is the integrator's.
 *
 * <p>Immutable and thread-safe.
 */
public final class VariationalEquations {

    /** The largest enlarged dimension built (the symbolic expansion grows like n·C(m + K, K)). */
    public static final int MAX_DIMENSION = 20_000;

    private final OdeSystem base;
    private final OdeSystem system;
    private final Variables jetVars;
    private final int order;
    private final MonomialIndex index;
    private final int n;
    private final int[] stateOfJetVar;
    /** Whether symmetric pairs of first-order derivatives share their product ({@link #of(OdeSystem, List, int, boolean)}). */
    private final boolean symmetric;

    private VariationalEquations(OdeSystem base, Variables jetVars, int order, boolean symmetric) {
        this.base = base;
        this.symmetric = symmetric;
        this.jetVars = jetVars;
        this.order = order;
        this.n = base.dimension();
        int m = jetVars.size();
        this.index = MonomialIndex.of(m, order);
        this.stateOfJetVar = new int[m];
        List<String> jetParams = new ArrayList<>();
        List<Integer> jetVarOfParam = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            String name = jetVars.name(v);
            stateOfJetVar[v] = base.variables().indexOf(name);
            if (stateOfJetVar[v] < 0) {
                if (!base.parameters().contains(name)) {
                    throw new IllegalArgumentException("jet variable '" + name + "' is neither a state variable ("
                            + String.join(", ", base.variables()) + ") nor a parameter ("
                            + (base.parameters().isEmpty() ? "none" : String.join(", ", base.parameters())) + ")");
                }
                jetParams.add(name);
                jetVarOfParam.add(v);
            }
        }
        long dimension = (long) n * index.size();
        if (dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("variational equations of order " + order + " in " + m + " jet variables for "
                    + n + " states would have " + dimension + " equations (limit " + MAX_DIMENSION
                    + "); use JetIntegrator (TaylorN coefficients) for jets this large");
        }
        this.system = build(jetParams, jetVarOfParam);
    }

    /**
     * The variational equations of {@code base} of order {@code order} in {@code jetVariables}.
     *
     * @param base the system
     * @param jetVariables names of state variables (their initial values) and/or parameters, distinct
     * @param order the jet order K ≥ 0
     * @throws IllegalArgumentException if a name is neither a state variable nor a parameter, repeats,
     *     K is negative, or the enlarged system would exceed {@link #MAX_DIMENSION} equations
     */
    public static VariationalEquations of(OdeSystem base, List<String> jetVariables, int order) {
        return of(base, jetVariables, order, false);
    }

    /**
     * {@link #of(OdeSystem, List, int)}, and with {@code symmetric} the linear part Σ_v (∂f_i/∂x_v)·X_{v,α} of
     * the equations written with fewer products where the Jacobian has a symmetric pair: rows i ≠ k and state
     * variables w ≠ v with ∂f_i/∂x_v = ∂f_k/∂x_w = b as functions (equal {@link PowerProduct}s, e.g. the
     * mixed second derivative of a potential, which differentiation writes in two ways) and both
     * ∂f_i/∂x_w = a and ∂f_k/∂x_v = c present: row i gets b·(X_w + X_v) + (a − b)·X_w, row k
     * b·(X_w + X_v) + (c − b)·X_v, the product b·(X_w + X_v) shared; a row in several pairs (a symmetric
     * block: Kepler in space) subtracts every partner's b from its diagonal ({@link SymmetricPairs}; Kepler's
     * order-1 tape: 29 → 24 Cauchy products per order). The same function, in another order of operations:
     * the results differ from the plain equations' at the level of rounding.
     */
    public static VariationalEquations of(OdeSystem base, List<String> jetVariables, int order, boolean symmetric) {
        Objects.requireNonNull(base, "base");
        if (order < 0) {
            throw new IllegalArgumentException("the jet order must be ≥ 0, got " + order);
        }
        if (jetVariables.isEmpty()) {
            throw new IllegalArgumentException("at least one jet variable is needed");
        }
        if (new HashSet<>(jetVariables).size() != jetVariables.size()) {
            throw new IllegalArgumentException("repeated jet variable in " + jetVariables);
        }
        return new VariationalEquations(base, Variables.of(jetVariables), order, symmetric);
    }

    private OdeSystem build(List<String> jetParams, List<Integer> jetVarOfParam) {
        List<String> states = base.variables();
        int size = index.size();
        int m = jetVars.size();
        String[][] names = names(size);
        // the expansion variables v: the n states, then the jet parameters
        int nv = n + jetParams.size();
        List<String> vNames = new ArrayList<>(states);
        vNames.addAll(jetParams);
        Expr[][] delta = new Expr[nv][size];
        for (int v = 0; v < n; v++) {
            for (int pos = 1; pos < size; pos++) {
                delta[v][pos] = Expr.variable(names[pos][v]);
            }
        }
        int[] unit = new int[m];
        for (int q = 0; q < jetParams.size(); q++) {
            unit[jetVarOfParam.get(q)] = 1;
            if (order >= 1) {
                delta[n + q][index.position(unit)] = Expr.constant(1);
            }
            unit[jetVarOfParam.get(q)] = 0;
        }
        MonomialIndex tensors = MonomialIndex.of(nv, order);
        Expr[][] d = derivativeTensors(tensors, vNames);
        int[][] pairs = symmetric && order >= 1 ? SymmetricPairs.of(d, tensors, n) : new int[n][];
        Expr[][] powers = powers(tensors, d, delta);
        OdeSystem.Builder b = OdeSystem.builder();
        for (String p : base.parameters()) {
            b.parameter(p);
        }
        for (int pos = 0; pos < size; pos++) {
            for (int i = 0; i < n; i++) {
                b.equation(pos == 0 ? states.get(i) : names[pos][i], pos == 0 ? base.rightHandSides().get(i)
                        : rightHandSide(d[i], pairs[i], powers, tensors, pos));
            }
        }
        return b.build();
    }

    /** Unique names of the unknowns X_{i,α}: state name, then the exponents of α. */
    private String[][] names(int size) {
        Set<String> taken = new HashSet<>(base.variables());
        taken.addAll(base.parameters());
        taken.add(OdeSystem.TIME);
        String[][] names = new String[size][n];
        int[] e = new int[jetVars.size()];
        for (int pos = 1; pos < size; pos++) {
            index.exponents(pos, e);
            StringBuilder suffix = new StringBuilder();
            for (int x : e) {
                suffix.append('_').append(x);
            }
            for (int i = 0; i < n; i++) {
                String name = base.variables().get(i) + "_d" + suffix;
                while (!taken.add(name)) {
                    name = name + "_";
                }
                names[pos][i] = name;
            }
        }
        return names;
    }

    /** ∂^β f_i / β! for every β of {@code tensors} (null where identically zero); row i, column β. */
    private Expr[][] derivativeTensors(MonomialIndex tensors, List<String> vNames) {
        Expr[][] raw = new Expr[n][tensors.size()];
        Expr[][] scaled = new Expr[n][tensors.size()];
        for (int i = 0; i < n; i++) {
            raw[i][0] = base.rightHandSides().get(i);
            for (int beta = 1; beta < tensors.size(); beta++) {
                Expr parent = raw[i][tensors.parent(beta)];
                Expr derivative = parent == null ? null : QuotientDerivative.orNull(parent, vNames.get(tensors.parentVariable(beta)));
                raw[i][beta] = derivative == null ? null : SignAndUnitFolding.fold(derivative);
                long factorial = 1;
                for (int v = 0; v < tensors.nvars(); v++) {
                    for (int k = 2; k <= tensors.exponent(beta, v); k++) {
                        factorial *= k;
                    }
                }
                scaled[i][beta] = raw[i][beta] == null || factorial == 1 ? raw[i][beta] : raw[i][beta].div(Expr.constant(factorial));
            }
        }
        return scaled;
    }

    /**
     * Δ^β truncated at degree K for every β that some ∂^β f_i needs (and their parents): row β, column the
     * position of δ^α; null where zero. Δ^0 = 1. Equal products in a coefficient (X_γ·X_γ' and X_γ'·X_γ)
     * are collected into one with an integer factor.
     */
    private Expr[][] powers(MonomialIndex tensors, Expr[][] d, Expr[][] delta) {
        int count = tensors.size();
        boolean[] needed = new boolean[count];
        for (int beta = count - 1; beta >= 1; beta--) {
            for (int i = 0; i < n && !needed[beta]; i++) {
                needed[beta] = d[i][beta] != null;
            }
            if (needed[beta]) {
                needed[tensors.parent(beta)] = true;
            }
        }
        int size = index.size();
        int m = jetVars.size();
        Expr[][] powers = new Expr[count][];
        powers[0] = new Expr[size];
        powers[0][0] = Expr.constant(1);
        int[] ea = new int[m];
        int[] eb = new int[m];
        for (int beta = 1; beta < count; beta++) {
            if (!needed[beta]) {
                continue;
            }
            Expr[] left = powers[tensors.parent(beta)];
            Expr[] right = delta[tensors.parentVariable(beta)];
            List<Map<Expr, Integer>> terms = new ArrayList<>();
            for (int pos = 0; pos < size; pos++) {
                terms.add(new LinkedHashMap<>());
            }
            for (int a = 0; a < size; a++) {
                if (left[a] == null) {
                    continue;
                }
                index.exponents(a, ea);
                for (int c = 1; c < size && index.degree(a) + index.degree(c) <= order; c++) {
                    if (right[c] == null) {
                        continue;
                    }
                    index.exponents(c, eb);
                    for (int v = 0; v < m; v++) {
                        eb[v] += ea[v];
                    }
                    terms.get(index.position(eb)).merge(OptionalTerms.times(left[a], right[c]), 1, Integer::sum);
                }
            }
            Expr[] out = new Expr[size];
            for (int pos = 0; pos < size; pos++) {
                for (Map.Entry<Expr, Integer> t : terms.get(pos).entrySet()) {
                    Expr term = t.getValue() == 1 ? t.getKey() : t.getKey().times(Expr.constant(t.getValue()));
                    out[pos] = OptionalTerms.plus(out[pos], term);
                }
            }
            powers[beta] = out;
        }
        return powers;
    }

    /**
     * X_{i,α}' = Σ_{1≤|β|≤|α|} (∂^β f_i/β!) · [δ^α]Δ^β (the constant 0 if every term vanishes); with a
     * symmetric block {@code block} = {β of the row's own variable w, β of each partner's own variable v, …}
     * of {@link SymmetricPairs}, its first-order block terms as Σ_v b_v·(X_w + X_v) + (a − Σ_v b_v)·X_w (each
     * sum X_w + X_v in the order of the variables, so that the partner row's product is the same expression).
     */
    private Expr rightHandSide(Expr[] di, int[] block, Expr[][] powers, MonomialIndex tensors, int alpha) {
        Expr sum = null;
        boolean paired = block != null;
        for (int j = 0; paired && j < block.length; j++) {
            paired = powers[block[j]][alpha] != null;
        }
        int end = tensors.offset(Math.min(index.degree(alpha), order) + 1);
        for (int beta = 1; beta < end; beta++) {
            if (paired && contains(block, beta)) {
                continue;
            }
            if (di[beta] != null && powers[beta] != null) {
                sum = OptionalTerms.plus(sum, OptionalTerms.times(di[beta], powers[beta][alpha]));
            }
        }
        if (paired) {
            Expr own = powers[block[0]][alpha];
            Expr diagonal = di[block[0]];
            for (int j = 1; j < block.length; j++) {
                Expr other = powers[block[j]][alpha];
                Expr b = di[block[j]];
                Expr both = block[0] < block[j] ? own.plus(other) : other.plus(own);
                sum = OptionalTerms.plus(sum, OptionalTerms.times(b, both));
                diagonal = diagonal.minus(b);
            }
            sum = OptionalTerms.plus(sum, OptionalTerms.times(diagonal, own));
        }
        return sum == null ? Expr.constant(0) : sum;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** The original system. */
    public OdeSystem base() {
        return base;
    }

    /** The enlarged system: the states, then the variational unknowns (dimension {@link #dimension()}). */
    public OdeSystem system() {
        return system;
    }

    /** The jet variables, in the order of the jets' monomials. */
    public Variables jetVariables() {
        return jetVars;
    }

    /** The jet order K. */
    public int order() {
        return order;
    }

    /** The monomials of the jets (graded lexicographic in the jet variables, as {@link TaylorN}). */
    public MonomialIndex index() {
        return index;
    }

    /** The dimension of the enlarged system: n · C(m + K, K). */
    public int dimension() {
        return n * index.size();
    }

    /**
     * The component of X_{i,α}, α the monomial at {@code position} of {@link #index()}: position·n + i.
     *
     * @throws IndexOutOfBoundsException if {@code state} or {@code position} is out of range
     */
    public int component(int state, int position) {
        Objects.checkIndex(state, n);
        Objects.checkIndex(position, index.size());
        return position * n + state;
    }

    /**
     * Writes the enlarged initial state for the expansion point {@code x0}: x0, the unit seed
     * X_{i,e_j} = 1 for each state variable i that is jet variable j, zeros elsewhere (the derivatives
     * with respect to parameters start at 0).
     *
     * @throws IllegalArgumentException if an array has the wrong length
     */
    public void initialState(double[] x0, double[] y) {
        checkLengths(x0.length, y);
        java.util.Arrays.fill(y, 0.0);
        System.arraycopy(x0, 0, y, 0, n);
        if (order >= 1) {
            for (int v = 0; v < stateOfJetVar.length; v++) {
                if (stateOfJetVar[v] >= 0) {
                    y[(1 + v) * n + stateOfJetVar[v]] = 1.0;
                }
            }
        }
    }

    /**
     * Writes the enlarged initial state for initial jets (series in {@link #jetVariables()} of order
     * {@link #order()}): their coefficients.
     *
     * @throws IllegalArgumentException if the count, variables or order of the jets are wrong
     */
    public void initialState(TaylorN[] x0, double[] y) {
        checkLengths(x0.length, y);
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(x0[i], "initial jet " + i);
            if (!x0[i].variables().equals(jetVars) || x0[i].order() != order) {
                throw new IllegalArgumentException("initial jet of " + base.variables().get(i) + " is a series in "
                        + x0[i].variables() + " of order " + x0[i].order() + "; expected " + jetVars + " of order " + order);
            }
            for (int pos = 0; pos < index.size(); pos++) {
                y[pos * n + i] = x0[i].coefficientAt(pos);
            }
        }
    }

    private void checkLengths(int initial, double[] y) {
        if (initial != n) {
            throw new IllegalArgumentException("expected " + n + " initial values (" + String.join(", ", base.variables())
                    + "), got " + initial);
        }
        if (y.length != dimension()) {
            throw new IllegalArgumentException("the enlarged state has " + dimension() + " components, got an array of " + y.length);
        }
    }

    /**
     * The jets of the state variables from an enlarged state {@code y}: one {@link TaylorN} per state.
     *
     * @throws IllegalArgumentException if {@code y} has the wrong length
     */
    public TaylorN[] jets(double[] y) {
        checkLengths(n, y);
        TaylorN[] jets = new TaylorN[n];
        double[] c = new double[index.size()];
        for (int i = 0; i < n; i++) {
            for (int pos = 0; pos < c.length; pos++) {
                c[pos] = y[pos * n + i];
            }
            jets[i] = TaylorN.of(jetVars, order, c);
        }
        return jets;
    }
}
