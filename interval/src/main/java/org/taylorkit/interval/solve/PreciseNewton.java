package org.taylorkit.interval.solve;

import java.util.Map;
import org.apfloat.Apfloat;
import org.taylorkit.core.FieldTaylor1;
import org.taylorkit.core.FieldTaylor1Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.ApfloatInterval;
import org.taylorkit.interval.ApfloatIntervalArithmetic;
import org.taylorkit.interval.Interval;

/**
 * Refines the enclosure of a simple zero of one equation {@code f(x) = 0} to many digits by the
 * interval Newton iteration in Apfloat intervals (Moore, Kearfott &amp; Cloud 2009, §8.1):
 * <pre>X ← X ∩ (m − f(m)/F'(X)),   m = mid X,</pre>
 * with {@code F'(X)} the order-1 coefficient of the interval series of {@code f} over {@code X}. Every
 * zero of {@code f} in {@code X} stays in the result (mean-value theorem, {@code f} differentiable on
 * {@code X}, {@code 0 ∉ F'(X)}); the width shrinks quadratically near a simple zero.
 */
public final class PreciseNewton {

    private static final int MAX_ITERATIONS = 200;

    private PreciseNewton() {
    }

    /**
     * The refined enclosure of the zero in {@code x} (a box proved {@link RootStatus#UNIQUE}), in
     * {@code digits}-digit intervals; {@code x} itself (converted) when {@code F'(X)} contains 0.
     */
    public static ApfloatInterval refine(Expr f, String name, Interval x, int digits) {
        ApfloatIntervalArithmetic ar = ApfloatIntervalArithmetic.ofDigits(digits);
        ApfloatInterval box = ApfloatInterval.of(x.inf(), x.sup(), digits);
        FieldTaylor1Arithmetic<ApfloatInterval> first = FieldTaylor1Arithmetic.of(ar, 1);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            ApfloatInterval slope;
            ApfloatInterval fm;
            ApfloatInterval m;
            try {
                slope = f.evaluate(first, Map.of(name, FieldTaylor1.variable(ar, box, 1))).coefficient(1);
                Apfloat mid = box.mid();
                m = ApfloatInterval.point(mid, digits);
                fm = f.evaluate(ar, Map.of(name, m));
            } catch (ArithmeticException notFormed) {
                return box;
            }
            if (slope.isEmpty() || fm.isEmpty() || slope.contains(0.0) || !slope.isBounded()) {
                return box;
            }
            ApfloatInterval next = m.subtract(fm.divide(slope)).intersection(box);
            if (next.isEmpty() || next.equals(box)) {
                return box; // empty cannot happen around a zero; kept defensive
            }
            box = next;
        }
        return box;
    }
}
