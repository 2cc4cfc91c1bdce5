package org.taylorkit.ode.reach;

import java.util.List;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * The rigorous check of a {@link SafetyProperty} over a {@link Flowpipe}: a {@link Verdict} with a
 * one-line explanation.
 *
 * <p><b>Windows.</b> The property's window is {@code [a, b]} (default: the whole integration
 * interval {@code [t0, end]}). Its ends are enclosures; verification uses the widest window
 * {@code [inf a, sup b]} and counterexamples the narrowest {@code [sup a, inf b]}, so a rounding of
 * the decimals in the text can never make either answer wrong.
 *
 * <p><b>Verified</b> when the flowpipe covers the whole window (its steps' time intervals leave no
 * gap in it and the integration reached its end; a window starting before {@code t0} or ending
 * after the time reached is not covered, so a failed integration cannot verify a property whose
 * window it did not reach) and on every step whose time interval {@code [t0, t1]} meets the window,
 * the property holds for certain on the step enclosure (with {@code t} ranging over
 * {@code [t0, t1] ∩ window}). Argument: every solution at every time {@code τ} of the window lies
 * in the enclosure of a step of its piece containing {@code τ}, where every point satisfies it.
 *
 * <p><b>Violated</b> when the property is certainly false on the <em>end</em> enclosure of some
 * piece's step at a time {@code t1} inside the (narrowest) window, or on the initial set when
 * {@code t0} is inside it. Argument: that box contains {@code x(t1)} for every initial state of the
 * piece — a nonempty set, so at least one true solution is in the box at time {@code t1}, and every
 * point of the box violates the property; that solution is a counterexample. Also when the property
 * is certainly false on a <em>step</em> enclosure with {@code t} ranging over {@code [t0, t1] ∩ window}
 * (nonempty): every solution of the piece lies in that box at every time of the step, and every point
 * of the box fails at every such time, so each of them violates the property there. (A step box
 * contains points no solution visits — the corners of the box around a rotating segment — which is
 * why a step box that merely <em>meets</em> the violating region proves nothing; a box lying wholly
 * inside it needs no such point.)
 *
 * <p>Otherwise <b>unknown</b>, with the first reason found. {@link CounterexampleSearch} may then
 * still prove it violated from single points of the initial set.
 *
 * @param property the property checked
 * @param verdict the outcome
 * @param detail why (which step could not be decided, where the counterexample is, or what was proved)
 */
public record PropertyCheck(SafetyProperty property, Verdict verdict, String detail) {

    /**
     * Checks {@code property} over {@code flowpipe}.
     *
     * @throws IllegalArgumentException if the property mentions a parameter the flowpipe has no value for
     */
    public static PropertyCheck of(SafetyProperty property, Flowpipe flowpipe) {
        double outerStart = property.windowStart().map(Interval::inf).orElse(flowpipe.t0());
        double outerEnd = property.windowEnd().map(Interval::sup).orElse(flowpipe.end());
        double innerStart = property.windowStart().map(Interval::sup).orElse(flowpipe.t0());
        double innerEnd = property.windowEnd().map(Interval::inf).orElse(flowpipe.end());
        PropertyCheck violation = counterexample(property, flowpipe, innerStart, Math.min(innerEnd, flowpipe.t()));
        if (violation != null) {
            return violation;
        }
        String window = "[" + num(outerStart) + ", " + num(outerEnd) + "]";
        if (!flowpipe.covers(outerStart, outerEnd)) {
            String why;
            if (outerStart < flowpipe.t0()) {
                why = "the window " + window + " starts before the initial time " + num(flowpipe.t0());
            } else if (outerEnd > flowpipe.end()) {
                why = "the window " + window + " ends after the end time " + num(flowpipe.end());
            } else if (outerEnd > flowpipe.t()) {
                why = "the flowpipe stops at t = " + num(flowpipe.t()) + ", before the window's end " + num(outerEnd)
                        + (flowpipe.reason() == null ? "" : " (" + flowpipe.reason() + ")");
            } else {
                why = "the flowpipe's steps leave a gap in the window " + window;
            }
            return new PropertyCheck(property, Verdict.UNKNOWN, why);
        }
        int relevant = 0;
        for (int i = 0; i < flowpipe.pieceCount(); i++) {
            for (ValidatedStep s : flowpipe.steps(i)) {
                if (s.t1() < outerStart || s.t0() > outerEnd) {
                    continue;
                }
                relevant++;
                Interval time = Interval.of(Math.max(s.t0(), outerStart), Math.min(s.t1(), outerEnd));
                // a window that meets the step only at its end: x(t1) lies in the (tighter) end enclosure
                Interval[] box = time.inf() == s.t1() ? s.endEnclosure() : s.stepEnclosure();
                SafetyProperty.Evaluation e = property.evaluate(box, time, flowpipe.parameters());
                if (e.truth() != SafetyProperty.Truth.TRUE) {
                    return new PropertyCheck(property, Verdict.UNKNOWN, "not proved on " + where(flowpipe, i, s)
                            + ": " + explain(property, e));
                }
            }
        }
        return new PropertyCheck(property, Verdict.VERIFIED, "holds on all " + relevant + " step enclosures over "
                + window + (flowpipe.pieceCount() > 1 ? " (" + flowpipe.pieceCount() + " pieces)" : ""));
    }

    private static PropertyCheck counterexample(SafetyProperty property, Flowpipe flowpipe, double from, double to) {
        if (from > to) {
            return null;
        }
        double t0 = flowpipe.t0();
        if (from <= t0 && t0 <= to) {
            SafetyProperty.Evaluation e = property.evaluate(flowpipe.initialSet(), Interval.point(t0), flowpipe.parameters());
            if (e.truth() == SafetyProperty.Truth.FALSE) {
                return new PropertyCheck(property, Verdict.VIOLATED, "the whole initial set violates it at t = " + num(t0)
                        + ": " + explain(property, e));
            }
        }
        EndViolation v = firstEndViolation(property, flowpipe, from, to);
        if (v != null) {
            return new PropertyCheck(property, Verdict.VIOLATED, "at t = " + num(v.t())
                    + (flowpipe.pieceCount() > 1 ? " every solution from piece " + (v.piece() + 1) : " every solution")
                    + " lies in a box where it fails: " + explain(property, v.evaluation()));
        }
        for (int i = 0; i < flowpipe.pieceCount(); i++) {
            for (ValidatedStep s : flowpipe.steps(i)) {
                double a = Math.max(s.t0(), from);
                double b = Math.min(s.t1(), to);
                if (a > b) {
                    continue;
                }
                SafetyProperty.Evaluation e = property.evaluate(s.stepEnclosure(), Interval.of(a, b), flowpipe.parameters());
                if (e.truth() == SafetyProperty.Truth.FALSE) {
                    return new PropertyCheck(property, Verdict.VIOLATED, "over [" + num(a) + ", " + num(b) + "]"
                            + (flowpipe.pieceCount() > 1 ? " every solution from piece " + (i + 1) : " every solution")
                            + " lies in a step box where it fails at every time: " + explain(property, e));
                }
            }
        }
        return null;
    }

    /** A step end {@code t} of piece {@code piece} whose end enclosure {@code box} certainly violates the property. */
    record EndViolation(int piece, double t, Interval[] box, SafetyProperty.Evaluation evaluation) {
    }

    /**
     * The first step end {@code t1 ∈ [from, to]} (over the pieces in order) whose end enclosure
     * certainly violates {@code property}, or null: the one place the set check and the point
     * search ({@link CounterexampleSearch}) decide a violation.
     */
    static EndViolation firstEndViolation(SafetyProperty property, Flowpipe flowpipe, double from, double to) {
        for (int i = 0; i < flowpipe.pieceCount(); i++) {
            for (ValidatedStep s : flowpipe.steps(i)) {
                SafetyProperty.Evaluation e = endViolation(property, s, from, to, flowpipe.parameters());
                if (e != null) {
                    return new EndViolation(i, s.t1(), s.endEnclosure(), e);
                }
            }
        }
        return null;
    }

    /**
     * The evaluation proving {@code property} false on the end enclosure of step {@code s}, when its
     * end {@code t1} lies in {@code [from, to]}; otherwise null. The per-step test of
     * {@link #firstEndViolation}, also applied by {@link CounterexampleSearch} while a point run is made.
     */
    static SafetyProperty.Evaluation endViolation(SafetyProperty property, ValidatedStep s, double from, double to,
            java.util.Map<String, Interval> parameters) {
        if (s.t1() < from || s.t1() > to) {
            return null;
        }
        SafetyProperty.Evaluation e = property.evaluate(s.endEnclosure(), Interval.point(s.t1()), parameters);
        return e.truth() == SafetyProperty.Truth.FALSE ? e : null;
    }

    private static String where(Flowpipe f, int piece, ValidatedStep s) {
        return (f.pieceCount() > 1 ? "piece " + (piece + 1) + ", " : "") + "step [" + num(s.t0()) + ", " + num(s.t1()) + "]";
    }

    static String explain(SafetyProperty p, SafetyProperty.Evaluation e) {
        if (e.problem() != null) {
            return e.problem();
        }
        return "lhs - rhs in " + e.range().format(6) + " (needs " + p.relation().symbol() + " 0)";
    }

    /** {@code v} to 6 significant digits, for messages. */
    static String num(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e7 ? d.toPlainString() : d.toString();
    }

    /** Checks every property in order. */
    public static List<PropertyCheck> all(List<SafetyProperty> properties, Flowpipe flowpipe) {
        return properties.stream().map(p -> of(p, flowpipe)).toList();
    }
}
