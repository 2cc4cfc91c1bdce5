package org.taylorkit.interval.apfloat;

import java.util.function.LongFunction;

/**
 * A mathematical constant's enclosure (π, ln 2, ln 10), computed on first use and cached at the
 * largest precision requested so far; smaller requests are answered by rounding the cached
 * enclosure outward, which keeps it an enclosure. Thread-safe (synchronized).
 */
final class ApfloatConstant {

    private final LongFunction<ApfloatInterval> compute;
    private ApfloatInterval value; // guarded by this

    /** {@code compute.apply(w)} must return an enclosure about {@code w} digits tight. */
    ApfloatConstant(LongFunction<ApfloatInterval> compute) {
        this.compute = compute;
    }

    /** An enclosure at {@code w} digits. */
    synchronized ApfloatInterval at(long w) {
        if (value == null || value.digits() < w) {
            long target = Math.max(w, value == null ? 0 : value.digits() + value.digits() / 2) + 10;
            value = compute.apply(target).roundOut(target);
        }
        return value.roundOut(w);
    }
}
