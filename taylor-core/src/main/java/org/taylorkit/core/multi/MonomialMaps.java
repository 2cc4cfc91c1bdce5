package org.taylorkit.core.multi;

/**
 * Index maps for the calculus of multivariate series, shared by the {@code double} and the generic
 * series: where each coefficient goes under ∂/∂x_v, ∫ dx_v, and the substitution of a number for
 * x_v, and by which integer it is multiplied or divided or which power it takes. Computed per call
 * (O(size·nvars)); the loops that apply them are in the series classes.
 */
public final class MonomialMaps {

    /** Source position, target position and an integer (factor, divisor or power) per moved coefficient. */
    public record Map(int[] source, int[] target, int[] factor) {
        /** The number of moved coefficients. */
        public int length() {
            return source.length;
        }
    }

    private MonomialMaps() {
    }

    /**
     * ∂/∂x_v: each monomial with {@code e_v ≥ 1} goes to the monomial with {@code e_v − 1} (a position of
     * the order − 1 index), multiplied by {@code e_v}.
     */
    public static Map derivative(MonomialIndex index, int v) {
        int n = index.nvars();
        int size = index.order() == 0 ? 0 : index.size();
        int count = 0;
        for (int p = 0; p < size; p++) {
            if (index.exponent(p, v) > 0) {
                count++;
            }
        }
        int[] src = new int[count];
        int[] dst = new int[count];
        int[] fac = new int[count];
        int[] e = new int[n];
        int i = 0;
        for (int p = 0; p < size; p++) {
            int ev = index.exponent(p, v);
            if (ev > 0) {
                index.exponents(p, e);
                e[v]--;
                src[i] = p;
                dst[i] = index.position(e);
                fac[i] = ev;
                i++;
            }
        }
        return new Map(src, dst, fac);
    }

    /**
     * ∫ dx_v (from δx_v = 0): every monomial goes to the one with {@code e_v + 1} (a position of the
     * order + 1 index), divided by {@code e_v + 1}.
     */
    public static Map integral(MonomialIndex index, int v) {
        MonomialIndex up = MonomialIndex.of(index.nvars(), index.order() + 1);
        int size = index.size();
        int[] src = new int[size];
        int[] dst = new int[size];
        int[] div = new int[size];
        int[] e = new int[index.nvars()];
        for (int p = 0; p < size; p++) {
            index.exponents(p, e);
            e[v]++;
            src[p] = p;
            dst[p] = up.position(e);
            div[p] = e[v];
        }
        return new Map(src, dst, div);
    }

    /**
     * δx_v := value: every monomial goes to the one with {@code e_v = 0}, multiplied by
     * {@code value^{e_v}}; {@code factor} holds {@code e_v}.
     */
    public static Map substitution(MonomialIndex index, int v) {
        int size = index.size();
        int[] src = new int[size];
        int[] dst = new int[size];
        int[] pow = new int[size];
        int[] e = new int[index.nvars()];
        for (int p = 0; p < size; p++) {
            index.exponents(p, e);
            pow[p] = e[v];
            e[v] = 0;
            src[p] = p;
            dst[p] = index.position(e);
        }
        return new Map(src, dst, pow);
    }
}
