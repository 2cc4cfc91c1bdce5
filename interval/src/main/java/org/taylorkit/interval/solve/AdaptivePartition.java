package org.taylorkit.interval.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The adaptive loop of the quadratures: the piece with the widest contribution is cut in two until
 * the widths sum to at most the tolerance, the budget of pieces is spent, or a piece that cannot be
 * cut still has an unbounded contribution. The pieces returned always partition the domain (a piece
 * is replaced only by its halves), so the sum of their contributions encloses the integral whatever
 * the reason for stopping.
 *
 * @param <P> a piece with its contribution
 */
final class AdaptivePartition<P> {

    /** The final pieces, and why the loop stopped early (null if the widths met the tolerance or it ran out of pieces to cut). */
    record Outcome<P>(List<P> pieces, String note) {
    }

    private final ToDoubleFunction<P> width;
    private final Function<P, List<P>> split;
    private final Function<P, String> failure;
    private final Predicate<P> hopeless;

    /**
     * @param width the width of a piece's contribution ({@code +∞} when unbounded)
     * @param split the two halves of a piece, or null when it cannot be cut
     * @param failure why a piece's contribution is unbounded, or null
     * @param hopeless whether a piece's failure is final, so that cutting it further cannot help (the
     *     integrand proved undefined on all of it): the loop then stops with that failure
     */
    AdaptivePartition(ToDoubleFunction<P> width, Function<P, List<P>> split, Function<P, String> failure,
            Predicate<P> hopeless) {
        this.width = width;
        this.split = split;
        this.failure = failure;
        this.hopeless = hopeless;
    }

    Outcome<P> run(P first, double tolerance, int maxPieces, SearchProgress progress) {
        PriorityQueue<P> queue = new PriorityQueue<>(Comparator.comparingDouble(width).reversed());
        queue.add(first);
        WidthSum sum = new WidthSum();
        sum.add(width.applyAsDouble(first));
        List<P> finished = new ArrayList<>();
        String note = null;
        while (!queue.isEmpty() && sum.exceeds(tolerance, queue, finished, width)) {
            if (queue.size() + finished.size() >= maxPieces) {
                note = "the budget of " + maxPieces + " pieces was spent";
                break;
            }
            P p = queue.poll();
            if (hopeless.test(p)) {
                finished.add(p);
                note = failure.apply(p);
                break;
            }
            List<P> halves = split.apply(p);
            if (halves == null) {
                finished.add(p);
                if (failure.apply(p) != null) {
                    note = failure.apply(p);
                    break;
                }
                continue;
            }
            sum.remove(width.applyAsDouble(p));
            for (P h : halves) {
                queue.add(h);
                sum.add(width.applyAsDouble(h));
            }
            if (((queue.size() + finished.size()) & 127) == 0) {
                progress.update(queue.size() + finished.size(), queue.size());
            }
        }
        finished.addAll(queue);
        if (note == null) {
            note = finished.stream().map(failure).filter(s -> s != null).findFirst().orElse(null);
        }
        return new Outcome<>(finished, note);
    }
}
