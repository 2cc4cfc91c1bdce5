package org.taylorkit.interval.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/**
 * Boxes as arrays of intervals (one per variable, in a fixed order) for the branch-and-prune and
 * branch-and-bound searches: splitting, inflation, hulls and clustering. Every operation is exact on
 * the endpoints (no rounding), so a split covers its box and a hull contains its parts.
 */
final class BoxGeometry {

    /**
     * Where a side is cut, as a fraction of its width: slightly off the midpoint, so that zeros and
     * minimizers at the centre of a symmetric box (0 in [−10, 10]) do not fall on a cut, where they
     * would be shared by two boxes and could not be proved unique in either (IntervalRootFinding.jl
     * uses 0.49609375 for the same reason).
     */
    static final double CUT = 0.4921875;

    private BoxGeometry() {
    }

    /** The widest side (the first of equal ones). */
    static int widest(Interval[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i].wid() > x[best].wid()) {
                best = i;
            }
        }
        return best;
    }

    /** The largest side width (rounded up). */
    static double diameter(Interval[] x) {
        double d = 0;
        for (Interval s : x) {
            d = Math.max(d, s.wid());
        }
        return d;
    }

    /**
     * The two halves of {@code x} cut across side {@code i} at {@link #CUT}; null when the side cannot be
     * cut (its endpoints are adjacent doubles).
     */
    static Interval[][] split(Interval[] x, int i) {
        double lo = x[i].inf();
        double hi = x[i].sup();
        double c = lo + CUT * (hi - lo);
        if (!(c > lo && c < hi)) {
            c = x[i].mid();
            if (!(c > lo && c < hi)) {
                return null;
            }
        }
        Interval[] a = x.clone();
        Interval[] b = x.clone();
        a[i] = Interval.of(lo, c);
        b[i] = Interval.of(c, hi);
        return new Interval[][] {a, b};
    }

    /** The midpoints of the sides (doubles inside them). */
    static double[] midpoint(Interval[] x) {
        double[] m = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            m[i] = x[i].mid();
        }
        return m;
    }

    /** Point intervals at {@code m}. */
    static Interval[] points(double[] m) {
        Interval[] p = new Interval[m.length];
        for (int i = 0; i < m.length; i++) {
            p[i] = Interval.point(m[i]);
        }
        return p;
    }

    /**
     * Each side widened at both ends by {@code relative·max(1, width, magnitude)}: the box used by the
     * root finder so that zeros on the boundary become interior points (rounded outward: the result
     * contains the input).
     */
    static Interval[] inflate(Interval[] x, double relative) {
        Interval[] y = new Interval[x.length];
        for (int i = 0; i < x.length; i++) {
            double scale = Math.max(1, Math.max(x[i].wid(), x[i].mag()));
            double d = relative * scale;
            y[i] = Interval.of(Math.nextDown(x[i].inf() - d), Math.nextUp(x[i].sup() + d));
        }
        return y;
    }

    /** {@code a ∩ b} side by side, or null when some side is empty. */
    static Interval[] intersection(Interval[] a, Interval[] b) {
        Interval[] r = new Interval[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i].intersection(b[i]);
            if (r[i].isEmpty()) {
                return null;
            }
        }
        return r;
    }

    /** The hull, side by side. */
    static Interval[] hull(Interval[] a, Interval[] b) {
        Interval[] r = new Interval[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i].hull(b[i]);
        }
        return r;
    }

    /** Whether every side of {@code a} lies in the interior of the same side of {@code b}. */
    static boolean interior(Interval[] a, Interval[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].interior(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the boxes share a point (touching faces count). */
    static boolean touch(Interval[] a, Interval[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].disjoint(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hulls of the connected clusters of {@code boxes} (boxes that touch, directly or through
     * others, end up in one hull). Each input box lies in exactly one output hull.
     */
    static List<Interval[]> clusters(List<Interval[]> boxes) {
        List<Interval[]> hulls = new ArrayList<>();
        for (Interval[] b : boxes) {
            Interval[] h = b;
            boolean merged = true;
            while (merged) {
                merged = false;
                for (int k = 0; k < hulls.size(); k++) {
                    if (touch(hulls.get(k), h)) {
                        h = hull(hulls.remove(k), h);
                        merged = true;
                        break;
                    }
                }
            }
            hulls.add(h);
        }
        return hulls;
    }

    /** The {@link Box} with these sides under these names. */
    static Box box(List<String> names, Interval[] x) {
        Map<String, Interval> sides = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            sides.put(names.get(i), x[i]);
        }
        return Box.of(sides);
    }

    /** The sides of {@code box}, in its order. */
    static Interval[] sides(Box box) {
        return box.asMap().values().toArray(new Interval[0]);
    }
}
