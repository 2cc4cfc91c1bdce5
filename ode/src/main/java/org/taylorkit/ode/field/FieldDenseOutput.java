package org.taylorkit.ode.field;

import java.util.ArrayList;
import java.util.List;
import org.taylorkit.core.Arithmetic;

/** The step polynomials of a {@link FieldTaylorIntegrator} run, for dense output. */
final class FieldDenseOutput<T> {

    private final Arithmetic<T> ar;
    private final int n;
    private final List<T> starts = new ArrayList<>();
    private final List<T> steps = new ArrayList<>();
    private final List<T[][]> coefficients = new ArrayList<>();

    FieldDenseOutput(Arithmetic<T> ar, int n) {
        this.ar = ar;
        this.n = n;
    }

    void add(T start, T h, int p, T[][] rows) {
        @SuppressWarnings("unchecked")
        T[][] block = (T[][]) java.lang.reflect.Array.newInstance(rows[0].getClass(), n);
        for (int i = 0; i < n; i++) {
            block[i] = java.util.Arrays.copyOf(rows[i], p + 1);
        }
        starts.add(start);
        steps.add(h);
        coefficients.add(block);
    }

    int size() {
        return starts.size();
    }

    /** The state at t from the step containing it (binary search on the start times). */
    void evaluate(T t, T[] out) {
        boolean forward = ar.signum(steps.get(0)) > 0;
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int c = ar.signum(ar.subtract(t, starts.get(mid)));
            boolean after = forward ? c >= 0 : c <= 0;
            if (after) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        T tau = ar.subtract(t, starts.get(lo));
        T[][] block = coefficients.get(lo);
        for (int i = 0; i < n; i++) {
            out[i] = GenericStepEngine.horner(ar, block[i], block[i].length - 1, tau);
        }
    }
}
