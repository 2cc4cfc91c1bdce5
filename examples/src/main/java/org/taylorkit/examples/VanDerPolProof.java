package org.taylorkit.examples;

import java.util.Locale;
import java.util.Set;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.dynamics.PoincareCrossing;
import org.taylorkit.ode.dynamics.PoincareMap;
import org.taylorkit.ode.validated.ValidatedCrossing;
import org.taylorkit.ode.validated.ValidatedPoincareMap;

/**
 * Example program: a computer-assisted proof that the Van der Pol oscillator
 * {@code x' = y, y' = μ(1 − x²)y − x} with μ = 1 has a periodic orbit, with enclosures of its
 * amplitude and its period.
 *
 * <p>The orbit crosses the section y = 0 downwards at x* &gt; 0, a fixed point of the return map
 * p(x) = P_x(x, 0). (1) A non-rigorous Newton iteration on the double-precision
 * {@link PoincareMap} gives an approximation m. (2) Around it, the box X = [m − r, m + r] is tested
 * with the interval Krawczyk operator for F(x) = p(x) − x,
 * <pre>K(X) = m − C·F(m) + (1 − C·F'(X))·(X − m),   C ≈ 1/F'(m),</pre>
 * where F(m) is enclosed by the rigorous {@link ValidatedPoincareMap} from the point m and F'(X) =
 * ∂P_x/∂x − 1 over all of X by {@link ValidatedPoincareMap#crossWithJacobian}. If
 * K(X) ⊂ interior(X), then F has exactly one zero x* in X, and x* ∈ K(X) (Krawczyk 1969; Moore
 * 1977; Neumaier, <i>Interval methods for systems of equations</i>, 1990, ch. 5): the orbit
 * through (x*, 0) is periodic. Its period is the return time τ(x*), which lies in the crossing-time
 * enclosure over X and in τ(m) + τ'(X)·(X ∩ K(X) − m) (mean value theorem). Nothing of step (1) enters the proof: it only chooses where to look.
 *
 * <p>Usage: {@code VanDerPolProof [radius]} (default 1e-11).
 */
public final class VanDerPolProof {

    /** The Van der Pol system with parameter {@code mu}. */
    public static final OdeSystem SYSTEM = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x", Set.of("mu"));

    private VanDerPolProof() {
    }

    /**
     * The outcome of the proof.
     *
     * @param box the candidate box X for x*
     * @param krawczyk K(X)
     * @param verified whether K(X) ⊂ interior(X) was proved
     * @param fixedPoint X ∩ K(X), which contains x* when verified
     * @param period an enclosure of the period τ(x*) when verified
     * @param derivative an enclosure of p'(X)
     * @param seconds the wall time of the rigorous part
     */
    public record Proof(Interval box, Interval krawczyk, boolean verified, Interval fixedPoint, Interval period,
            Interval derivative, double seconds) {
    }

    /** A double-precision approximation of x* by Newton's method on the (non-rigorous) return map. */
    public static double approximate(double mu, double guess) {
        PoincareMap map = PoincareMap.builder(SYSTEM).section("y", Direction.DOWN).parameter("mu", mu)
                .jetVariables("x").maxTime(20).build();
        double x = guess;
        for (int i = 0; i < 20; i++) {
            PoincareCrossing c = map.cross(0, new double[] {x, 0});
            double step = (c.center()[0] - x) / (c.jacobian()[0][0] - 1);
            x -= step;
            if (Math.abs(step) < 1e-15 * Math.abs(x)) {
                break;
            }
        }
        return x;
    }

    /**
     * Runs the Krawczyk test on {@code [m − radius, m + radius]} for μ = {@code mu} (an exact double).
     *
     * @throws IllegalStateException if a rigorous crossing cannot be enclosed
     */
    public static Proof prove(double mu, double m, double radius) {
        long start = System.nanoTime();
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(SYSTEM).section("y", Direction.DOWN)
                .parameter("mu", Interval.point(mu)).maxTime(20).build();
        Interval box = Interval.of(m - radius, m + radius);
        Interval mm = Interval.point(m);
        ValidatedCrossing atCentre = map.cross(0, new Interval[] {mm, Interval.point(0)});
        ValidatedCrossing overBox = map.crossWithJacobian(0, new Interval[] {box, Interval.point(0)});
        if (!atCentre.found() || !overBox.found()) {
            throw new IllegalStateException("no rigorous crossing: " + atCentre + " / " + overBox);
        }
        Interval fm = atCentre.state()[0].subtract(mm);                 // F(m) = p(m) − m
        Interval dp = overBox.jacobian()[0][0];                         // p'(X)
        Interval dF = dp.subtract(Interval.point(1));                   // F'(X)
        Interval c = Interval.point(1 / (dp.mid() - 1));                // any number works; 1/F'(m) contracts best
        Interval k = mm.subtract(c.multiply(fm))
                .add(Interval.point(1).subtract(c.multiply(dF)).multiply(box.subtract(mm)));
        boolean verified = k.interior(box);
        Interval fixed = verified ? k.intersection(box) : Interval.empty();
        // τ(x*) ∈ τ(m) + τ'(X)·(x* − m) (mean value; x* ∈ X ∩ K(X) ⊂ X), and τ(x*) ∈ τ(X)
        Interval period = verified
                ? overBox.time().intersection(atCentre.time().add(overBox.timeGradient()[0].multiply(fixed.subtract(mm))))
                : Interval.empty();
        return new Proof(box, k, verified, fixed, period, dp, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs the example.
     *
     * @param args optionally the radius of the box around the approximate fixed point
     */
    public static void main(String[] args) {
        double radius = args.length > 0 ? Double.parseDouble(args[0]) : 1e-11;
        double m = approximate(1, 2);
        Proof p = prove(1, m, radius);
        System.out.printf(Locale.ROOT, "Van der Pol, mu = 1: return map to y = 0 (downwards), X = %s%n", p.box().format(17));
        System.out.printf(Locale.ROOT, "p'(X) in %s%n", p.derivative().format(6));
        System.out.printf(Locale.ROOT, "K(X) = %s%n", p.krawczyk().format(17));
        if (!p.verified()) {
            System.out.println("K(X) is not inside X: not verified");
            return;
        }
        System.out.printf(Locale.ROOT, "x* in %s (width %.1e)%n", p.fixedPoint().format(17), p.fixedPoint().wid());
        System.out.printf(Locale.ROOT, "period in %s (width %.1e)%n", p.period().format(17), p.period().wid());
        System.out.printf(Locale.ROOT, "rigorous part: %.2f s%n", p.seconds());
        System.out.println("verified");
    }
}
