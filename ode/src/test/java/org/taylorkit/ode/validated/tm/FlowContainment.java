package org.taylorkit.ode.validated.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Function;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/** Containment checks of true solutions in a {@link SetFlowSolution}'s step and end enclosures. */
final class FlowContainment {

    private FlowContainment() {
    }

    /**
     * The exact solution of the rotation x' = y, y' = −x from (x0, y0), enclosed in interval arithmetic:
     * (x0 cos t + y0 sin t, y0 cos t − x0 sin t).
     */
    static Function<Double, Interval[]> rotation(double x0, double y0) {
        return t -> {
            Interval tt = Interval.point(t);
            Interval c = tt.cos();
            Interval sn = tt.sin();
            Interval x = Interval.point(x0);
            Interval y = Interval.point(y0);
            return new Interval[] {x.multiply(c).add(y.multiply(sn)), y.multiply(c).subtract(x.multiply(sn))};
        };
    }

    /**
     * Asserts, for the piece whose initial sub-box contains {@code point} (states, then wide parameters),
     * that at the start, middle and end of each of its steps the exact state {@code exact(t)} (an interval
     * enclosure of the true value, e.g. a closed form in interval arithmetic) lies in the step enclosure,
     * and at each step end in the end enclosure. {@code what} names the case.
     */
    static void assertContains(SetFlowSolution s, double[] point, Function<Double, Interval[]> exact, String what) {
        int piece = -1;
        for (int k = 0; k < s.pieceCount() && piece < 0; k++) {
            Interval[] b = s.pieceBoxes().get(k);
            boolean in = true;
            for (int j = 0; j < point.length; j++) {
                in &= b[j].contains(point[j]);
            }
            piece = in ? k : -1;
        }
        assertTrue(piece >= 0, () -> what + ": no piece's initial sub-box contains the point");
        for (ValidatedStep st : s.pieces().get(piece).steps()) {
            for (double t : new double[] {st.t0(), 0.5 * (st.t0() + st.t1()), st.t1()}) {
                Interval[] x = exact.apply(t);
                assertTrue(inside(x, st.stepEnclosure()), () -> what + ": the true state " + Arrays.toString(x) + " at t="
                        + t + " is not in the step enclosure " + Arrays.toString(st.stepEnclosure()));
            }
            Interval[] end = exact.apply(st.t1());
            assertTrue(inside(end, st.endEnclosure()), () -> what + ": the true state " + Arrays.toString(end) + " at t="
                    + st.t1() + " is not in the end enclosure " + Arrays.toString(st.endEnclosure()));
        }
    }

    /**
     * Every step-end enclosure of the validated point run {@code point} from {@code p} (a point of the
     * initial set, parameters after the states) lies in a step enclosure of the piece of {@code s} that
     * holds p; {@code what} names the case in the failure message.
     */
    static void assertPointRunCovered(SetFlowSolution s, double[] p, ValidatedSolution point, String what) {
        assertEquals(ValidatedSolution.Status.COMPLETED, point.status(), point::toString);
        for (ValidatedStep st : point.steps()) {
            Interval[] at = st.endEnclosure();
            assertTrue(coveredByPiece(s, p, st.t1(), at), () -> Arrays.toString(p) + " at t=" + st.t1()
                    + ": " + Arrays.toString(at) + " is in no step enclosure of its " + what);
        }
    }

    /**
     * Whether {@code x} lies in a step enclosure covering {@code t} of the piece whose initial sub-box
     * contains {@code point} (the piece that must hold that solution; false if no piece contains it).
     */
    static boolean coveredByPiece(SetFlowSolution s, double[] point, double t, Interval[] x) {
        for (int k = 0; k < s.pieceCount(); k++) {
            Interval[] b = s.pieceBoxes().get(k);
            boolean in = true;
            for (int j = 0; j < point.length; j++) {
                in &= b[j].contains(point[j]);
            }
            if (in) {
                for (ValidatedStep st : s.pieces().get(k).steps()) {
                    if (st.t0() <= t && t <= st.t1() && inside(x, st.stepEnclosure())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean coveredByStep(SetFlowSolution s, double t, Interval[] x) {
        for (ValidatedStep st : s.allSteps()) {
            if (st.t0() <= t && t <= st.t1() && inside(x, st.stepEnclosure())) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Interval[] x, Interval[] box) {
        for (int i = 0; i < x.length; i++) {
            if (!x[i].subsetOf(box[i])) {
                return false;
            }
        }
        return true;
    }
}
