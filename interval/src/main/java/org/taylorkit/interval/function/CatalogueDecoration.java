package org.taylorkit.interval.function;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * The one decision both decorated arithmetics ({@link DecoratedIntervalArithmetic},
 * {@link DecoratedApfloatIntervalArithmetic}) make for a catalogue function without a dedicated
 * decorated method: is it proved defined and continuous on the box? Yes for {@code cbrt}
 * (continuous everywhere), and for a nonempty bounded box on which the function is proved analytic
 * ({@link RigorousFunction#notAnalyticOn} is {@code null}); otherwise no (the decoration becomes
 * {@code trv}). An Apfloat box is judged by its outward double hull, a superset: analytic there
 * implies analytic on the box.
 */
final class CatalogueDecoration {

    private CatalogueDecoration() {
    }

    static boolean provedContinuous(ElementaryFunction f, Interval box) {
        return "cbrt".equals(f.name())
                || !box.isEmpty() && box.isBounded() && RigorousFunctions.of(f).notAnalyticOn(box) == null;
    }

    static boolean provedContinuous(ElementaryFunction f, ApfloatInterval box) {
        if ("cbrt".equals(f.name())) {
            return true;
        }
        if (box.isEmpty() || !box.isBounded()) {
            return false;
        }
        double lo = box.infDouble();
        double hi = box.supDouble();
        return Double.isFinite(lo) && Double.isFinite(hi) && provedContinuous(f, Interval.of(lo, hi));
    }
}
