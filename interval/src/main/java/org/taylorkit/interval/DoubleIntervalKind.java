package org.taylorkit.interval;

/** {@link IntervalKind} of the double {@link Interval}: its own operations, comparisons of double bounds. */
final class DoubleIntervalKind implements IntervalKind<Interval> {

    static final DoubleIntervalKind INSTANCE = new DoubleIntervalKind();

    private DoubleIntervalKind() {
    }

    @Override
    public Interval empty(Interval like) {
        return Interval.empty();
    }

    @Override
    public Interval entire(Interval like) {
        return Interval.entire();
    }

    @Override
    public boolean isEmpty(Interval x) {
        return x.isEmpty();
    }

    @Override
    public Interval atLeast(long lo, Interval like) {
        return Interval.of(lo, Double.POSITIVE_INFINITY);
    }

    @Override
    public Interval atMost(long hi, Interval like) {
        return Interval.of(Double.NEGATIVE_INFINITY, hi);
    }

    @Override
    public boolean containsZero(Interval x) {
        return x.contains(0.0);
    }

    @Override
    public Interval intersection(Interval a, Interval b) {
        return a.intersection(b);
    }

    @Override
    public Interval hull(Interval a, Interval b) {
        return a.hull(b);
    }

    @Override
    public Interval negate(Interval x) {
        return x.negate();
    }

    @Override
    public Interval sqrt(Interval x) {
        return x.sqrt();
    }

    @Override
    public Interval acosh(Interval x) {
        return x.acosh();
    }

    @Override
    public Interval[] pair(Interval first, Interval second) {
        return new Interval[] {first, second};
    }

    @Override
    public Interval[] divideExtended(Interval c, Interval b) {
        return c.divideExtended(b);
    }

    @Override
    public int compareInfs(Interval a, Interval b) {
        return Double.compare(a.inf(), b.inf());
    }

    @Override
    public int compareSups(Interval a, Interval b) {
        return Double.compare(a.sup(), b.sup());
    }

    @Override
    public int compareSupInf(Interval a, Interval b) {
        return Double.compare(a.sup(), b.inf());
    }

    @Override
    public boolean unboundedBelow(Interval x) {
        return x.inf() == Double.NEGATIVE_INFINITY;
    }

    @Override
    public boolean unboundedAbove(Interval x) {
        return x.sup() == Double.POSITIVE_INFINITY;
    }
}
