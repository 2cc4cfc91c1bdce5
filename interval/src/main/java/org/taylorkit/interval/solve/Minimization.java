package org.taylorkit.interval.solve;

import java.util.List;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/**
 * The outcome of {@link GlobalMinimizer#minimize()}. The guarantee: the global minimum
 * {@code min {f(x) : x in the box, f defined at x}} lies in {@link #minimum()}, and every global
 * minimizer lies in one of {@link #minimizers()} — also when {@link #complete()} is false (the budget ran
 * out: then the undecided boxes are among the minimizer boxes and the lower end of the minimum is
 * their least lower bound).
 *
 * @param minimum an enclosure {@code [lo, hi]} of the minimum value: {@code hi} is a rigorous upper
 *     bound of {@code f} at a point of the box, {@code lo} the least lower bound over the boxes left
 * @param minimizers the boxes that may hold a global minimizer, touching ones merged into their hull
 * @param complete whether every box was decided (discarded or reduced below the tolerance) within the budget
 * @param boxesProcessed the number of boxes examined
 */
public record Minimization(Interval minimum, List<Box> minimizers, boolean complete, long boxesProcessed) {

    public Minimization {
        minimizers = List.copyOf(minimizers);
    }
}
