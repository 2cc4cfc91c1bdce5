package org.taylorkit.ode.validated;

import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.tape.GenericTapeRunner;
import org.taylorkit.ode.tape.TaylorTape;

/**
 * The rigorous Taylor coefficients behind a validated step: the system's tape run over
 * {@link IntervalArithmetic} (coefficients {@code x_k(T, X)} enclosing the exact coefficients of
 * every solution through a point of the box {@code X} at a time in {@code T}) and over order-1
 * interval jets ({@link IntervalJetArithmetic}; the same, plus an enclosure of
 * {@code Dx_k(x)·V} for all {@code x ∈ X} and all matrices {@code V} in a seed matrix).
 *
 * <p>Rigor: every operation of the tape over intervals is an interval operation, the integer
 * factors of the recurrences are exact, constants are read with {@code fromDecimal} (tightest
 * enclosures) and parameters are intervals; so by the inclusion property each computed coefficient
 * encloses the exact coefficient for every real state, time and parameter in the inputs. A domain
 * error surfaces as an {@link ArithmeticException} or as an empty/unbounded interval, which the
 * caller treats as a failed step. Not thread-safe.
 */
public final class IntervalTaylorStepper {

    private final int n;
    private final int order;
    private final GenericTapeRunner<Interval> intervals;
    private final GenericTapeRunner<IntervalJet> jets;
    private final IntervalJetArithmetic jar;
    private final TaylorTape tape;
    private final Map<String, Interval> parameters;
    /** Runners for seeds with another number of columns than {@code n}, created on first use. */
    private final Map<Integer, WideRunner> wideJets = new java.util.HashMap<>();

    private record WideRunner(IntervalJetArithmetic ar, GenericTapeRunner<IntervalJet> runner) {
    }

    /** A stepper for {@code system} at Taylor order {@code order}, with these parameter enclosures. */
    public IntervalTaylorStepper(OdeSystem system, int order, Map<String, Interval> parameters) {
        this.n = system.dimension();
        this.order = order;
        this.tape = system.tape(List.of());
        this.parameters = Map.copyOf(parameters);
        intervals = new GenericTapeRunner<>(tape, DomainCheckedArithmetic.INSTANCE, order);
        jar = new IntervalJetArithmetic(n);
        jets = new GenericTapeRunner<>(tape, jar, order);
        parameters.forEach((k, v) -> {
            intervals.setParameter(k, v);
            jets.setParameter(k, jar.constant(v));
        });
    }

    int dimension() {
        return n;
    }

    /** The Taylor order. */
    public int order() {
        return order;
    }

    /**
     * Enclosures {@code c[i][k]} of the Taylor coefficients {@code k = 0..upTo} of state {@code i}
     * of every solution through {@code (t, x)} with {@code t ∈ time}, {@code x ∈ box}.
     */
    public Interval[][] coefficients(Interval time, Interval[] box, int upTo) {
        intervals.compute(time, box, upTo, false);
        Interval[][] c = new Interval[n][];
        for (int i = 0; i < n; i++) {
            c[i] = java.util.Arrays.copyOf(intervals.stateCoefficients(i), upTo + 1);
        }
        return c;
    }

    /**
     * Jet coefficients through {@code (t, x)}, {@code t ∈ time}, {@code x ∈ box}, with the
     * derivative seeded by the matrix {@code seed}: {@code value[i][k] ∋ x_{i,k}(t, x)} and
     * {@code derivative[k][i][j] ∋ (Dx_k(t, x)·V)_{ij}} for every {@code V ∈ seed}.
     */
    Jets jets(Interval time, Interval[] box, Interval[][] seed, int upTo) {
        return run(jets, jar, time, box, seed, upTo);
    }

    /**
     * As {@link #jets} for an {@code n × m} seed matrix ({@code m ≥ 1} columns, e.g. several frames
     * side by side): {@code derivative[k][i][j] ∋ (Dx_k(t, x)·V)_{ij}}, {@code j < m}.
     */
    public Jets directionalJets(Interval time, Interval[] box, Interval[][] seed, int upTo) {
        int m = seed[0].length;
        if (m == n) {
            return jets(time, box, seed, upTo);
        }
        WideRunner w = wideJets.computeIfAbsent(m, key -> {
            IntervalJetArithmetic ar = new IntervalJetArithmetic(key);
            GenericTapeRunner<IntervalJet> r = new GenericTapeRunner<>(tape, ar, order);
            parameters.forEach((name, v) -> r.setParameter(name, ar.constant(v)));
            return new WideRunner(ar, r);
        });
        return run(w.runner(), w.ar(), time, box, seed, upTo);
    }

    private Jets run(GenericTapeRunner<IntervalJet> runner, IntervalJetArithmetic ar, Interval time, Interval[] box,
            Interval[][] seed, int upTo) {
        int m = seed[0].length;
        IntervalJet[] x0 = new IntervalJet[n];
        for (int i = 0; i < n; i++) {
            x0[i] = ar.of(box[i], seed[i]);
        }
        runner.compute(ar.constant(time), x0, upTo, false);
        Interval[][] value = new Interval[n][upTo + 1];
        Interval[][][] derivative = new Interval[upTo + 1][n][m];
        for (int i = 0; i < n; i++) {
            IntervalJet[] ci = runner.stateCoefficients(i);
            for (int k = 0; k <= upTo; k++) {
                value[i][k] = ci[k].value;
                System.arraycopy(ci[k].gradient, 0, derivative[k][i], 0, m);
            }
        }
        return new Jets(value, derivative);
    }

    /** Jet coefficients: values {@code [state][order]}, derivatives {@code [order][state][column]}. */
    public record Jets(Interval[][] value, Interval[][][] derivative) {
    }
}
