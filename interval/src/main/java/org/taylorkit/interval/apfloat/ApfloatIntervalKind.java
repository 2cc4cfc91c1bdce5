package org.taylorkit.interval.apfloat;

import org.taylorkit.interval.IntervalKind;

import org.apfloat.Apfloat;

/**
 * {@link IntervalKind} of {@link ApfloatInterval}: its own operations at the operands' precision,
 * exact comparisons of the Apfloat bounds (a missing bound is infinite).
 */
final class ApfloatIntervalKind implements IntervalKind<ApfloatInterval> {

    static final ApfloatIntervalKind INSTANCE = new ApfloatIntervalKind();

    private ApfloatIntervalKind() {
    }

    @Override
    public ApfloatInterval empty(ApfloatInterval like) {
        return ApfloatInterval.empty(like.digits());
    }

    @Override
    public ApfloatInterval entire(ApfloatInterval like) {
        return ApfloatInterval.entire(like.digits());
    }

    @Override
    public boolean isEmpty(ApfloatInterval x) {
        return x.isEmpty();
    }

    @Override
    public ApfloatInterval atLeast(long lo, ApfloatInterval like) {
        return ApfloatInterval.atLeast(ApfloatDirected.of(lo), like.digits());
    }

    @Override
    public ApfloatInterval atMost(long hi, ApfloatInterval like) {
        return ApfloatInterval.atMost(ApfloatDirected.of(hi), like.digits());
    }

    @Override
    public boolean containsZero(ApfloatInterval x) {
        return x.contains(0.0);
    }

    @Override
    public ApfloatInterval intersection(ApfloatInterval a, ApfloatInterval b) {
        return a.intersection(b);
    }

    @Override
    public ApfloatInterval hull(ApfloatInterval a, ApfloatInterval b) {
        return a.hull(b);
    }

    @Override
    public ApfloatInterval negate(ApfloatInterval x) {
        return x.negate();
    }

    @Override
    public ApfloatInterval sqrt(ApfloatInterval x) {
        return x.sqrt();
    }

    @Override
    public ApfloatInterval acosh(ApfloatInterval x) {
        return x.acosh();
    }

    @Override
    public ApfloatInterval[] pair(ApfloatInterval first, ApfloatInterval second) {
        return new ApfloatInterval[] {first, second};
    }

    @Override
    public ApfloatInterval[] divideExtended(ApfloatInterval c, ApfloatInterval b) {
        return c.divideExtended(b);
    }

    @Override
    public int compareInfs(ApfloatInterval a, ApfloatInterval b) {
        return compare(a.lo(), -1, b.lo(), -1);
    }

    @Override
    public int compareSups(ApfloatInterval a, ApfloatInterval b) {
        return compare(a.hi(), 1, b.hi(), 1);
    }

    @Override
    public int compareSupInf(ApfloatInterval a, ApfloatInterval b) {
        return compare(a.hi(), 1, b.lo(), -1);
    }

    @Override
    public boolean unboundedBelow(ApfloatInterval x) {
        return x.lo() == null;
    }

    @Override
    public boolean unboundedAbove(ApfloatInterval x) {
        return x.hi() == null;
    }

    /** Compares two bounds; a null bound is the infinity of the given sign. */
    private static int compare(Apfloat a, int aInfinity, Apfloat b, int bInfinity) {
        if (a == null || b == null) {
            int sa = a == null ? aInfinity : 0;
            int sb = b == null ? bInfinity : 0;
            return Integer.compare(sa, sb);
        }
        return a.compareTo(b);
    }
}
