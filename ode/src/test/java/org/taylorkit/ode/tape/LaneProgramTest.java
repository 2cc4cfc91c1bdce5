package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.ode.NBody;
import org.taylorkit.ode.OdeSystem;

/**
 * Vector lanes ({@link LaneGroups}, {@link LaneEmitter}): each lane performs the scalar kernels'
 * operations in their order, so a runner whose generated code computes lane groups as vectors gives
 * every slot's coefficients bit for bit as the interpreter does. The interpreter is the independent
 * reference (it is itself checked against Picard iteration in {@link DoubleTapeRunnerPicardTest}).
 * Needs the JVM option {@code --add-modules jdk.incubator.vector} (set for this module's tests in
 * its pom) and 256-bit vectors; skipped otherwise.
 */
class LaneProgramTest {

    @BeforeAll
    static void vectorApi() {
        assumeTrue(TapeCompiler.vectorHardware(), "jdk.incubator.vector with 256-bit vectors");
    }

    /** An N-body system in space with distinct masses ({@link NBody}, G = 1). */
    static OdeSystem nBody(int bodies, double[] masses) {
        return NBody.system(1.0, masses);
    }

    /** Positions on a spread-out configuration (no two bodies close), velocities small. */
    static double[] nBodyState(Gen g, int bodies) {
        double[] s = new double[6 * bodies];
        for (int i = 0; i < bodies; i++) {
            for (int c = 0; c < 3; c++) {
                s[3 * i + c] = 3.0 * i * (c == 0 ? 1 : c == 1 ? -0.7 : 0.4) + g.uniform(-0.3, 0.3);
                s[3 * bodies + 3 * i + c] = g.uniform(-0.2, 0.2);
            }
        }
        return s;
    }

    /** The lane runner and the interpreter agree bit for bit on every slot; returns the lane runner. */
    static DoubleTapeRunner assertLanesGiveTheInterpretersBits(TaylorTape tape, double t0, double[] x0, double[] params,
            int p, String context) {
        DoubleTapeRunner lanes = new DoubleTapeRunner(tape, p, true, null, true);
        DoubleTapeRunner interpreted = new DoubleTapeRunner(tape, p, false, null, false);
        assertThat(lanes.compiled()).as("bytecode generation succeeded, %s", context).isTrue();
        if (params.length > 0) {
            lanes.setParameters(params);
            interpreted.setParameters(params);
        }
        lanes.compute(t0, x0, p, true);
        interpreted.compute(t0, x0, p, true);
        for (int slot = 0; slot < tape.slotCount(); slot++) {
            assertThat(lanes.coefficients(slot)).as("slot %d, %s", slot, context).containsExactly(interpreted.coefficients(slot));
        }
        for (int i = 0; i < tape.stateCount(); i++) { // the flat places the step engine reads
            double[] flat = new double[p + 1];
            System.arraycopy(lanes.values(), lanes.offset(i), flat, 0, p + 1);
            assertThat(flat).as("state %d flat, %s", i, context).containsExactly(interpreted.coefficients(i));
        }
        return lanes;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void nBodyLanesGiveTheInterpretersBits(long seed) {
        Gen g = new Gen(seed);
        int bodies = g.intBetween(2, 5);
        double[] masses = new double[bodies];
        for (int i = 0; i < bodies; i++) {
            masses[i] = g.uniform(0.1, 2);
        }
        TaylorTape tape = nBody(bodies, masses).tape();
        int p = g.intBetween(1, 24);
        DoubleTapeRunner lanes = assertLanesGiveTheInterpretersBits(tape, 0.0, nBodyState(g, bodies), new double[0], p,
                g + " bodies=" + bodies + " p=" + p);
        assertThat(lanes.laneGroups()).as("vector groups").isPositive();
    }

    /**
     * The structure the lanes find in an N-body tape: every body's position, every body's velocity
     * and, per pair, the difference, its squares and its three quotients are groups in x, y, z order;
     * r², √r² and r²·√r² are not.
     */
    @Test
    void nBodyGroupsAreTheComponentTriples() {
        int bodies = 3;
        TaylorTape tape = nBody(bodies, new double[] {1, 0.5, 0.25}).tape();
        LaneGroups groups = groupsOf(tape);
        for (int i = 0; i < bodies; i++) {
            assertThat(groups.groupOf(3 * i)).as("position of body %d", i).isNotNegative();
            assertThat(groups.groups().get(groups.groupOf(3 * i))).containsExactly(3 * i, 3 * i + 1, 3 * i + 2);
            int u = 3 * bodies + 3 * i;
            assertThat(groups.groups().get(groups.groupOf(u))).containsExactly(u, u + 1, u + 2);
        }
        int pairs = bodies * (bodies - 1) / 2;
        long subs = count(tape, groups, TapeOpKind.SUB, true);
        long squares = count(tape, groups, TapeOpKind.SQR, true);
        long quotients = count(tape, groups, TapeOpKind.DIV, true);
        assertThat(subs).isEqualTo(3 * pairs);
        assertThat(squares).isEqualTo(3 * pairs);
        assertThat(quotients).isEqualTo(3 * pairs);
        assertThat(count(tape, groups, TapeOpKind.SQRT, true)).isZero();
        assertThat(count(tape, groups, TapeOpKind.SQRT, false)).isEqualTo(pairs);
        for (int[] group : groups.groups()) {
            assertThat(group).hasSize(3);
        }
        // per body position, velocity, acceleration; per pair difference, square, quotient
        assertThat(groups.groups()).hasSize(3 * bodies + 3 * pairs);
    }

    /** A large system is grouped completely within the search's budget: 30 bodies, 5 310 operations. */
    @Test
    void thirtyBodiesAreGroupedCompletely() {
        int bodies = 30;
        double[] masses = new double[bodies];
        for (int i = 0; i < bodies; i++) {
            masses[i] = 1 + 0.1 * i;
        }
        LaneGroups groups = groupsOf(nBody(bodies, masses).tape());
        assertThat(groups.groups()).hasSize(3 * bodies + 3 * bodies * (bodies - 1) / 2);
    }

    private static long count(TaylorTape tape, LaneGroups groups, TapeOpKind kind, boolean grouped) {
        return tape.ops().stream().filter(op -> op.kind() == kind && (groups.groupOf(op.out()) >= 0) == grouped).count();
    }

    static LaneGroups groupsOf(TaylorTape tape) {
        int[] rhs = new int[tape.stateCount()];
        for (int i = 0; i < rhs.length; i++) {
            rhs[i] = tape.rhsSlot(i);
        }
        Set<Integer> outputs = new java.util.HashSet<>();
        for (int j = 0; j < tape.outputCount(); j++) {
            outputs.add(tape.outputSlot(j));
        }
        return LaneGroups.of(tape.ops(), tape.stateCount(), rhs, tape.slotCount(), outputs);
    }

    /** Systems without three components of the same shape get no groups (and the scalar program). */
    @Test
    void systemsWithoutComponentTriplesGetNoGroups() {
        for (String text : List.of("x' = 10*(y - x); y' = x*(28 - z) - y; z' = x*y - 8/3*z", // Lorenz
                "x' = u; y' = v; u' = -x/(x^2 + y^2)^1.5; v' = -y/(x^2 + y^2)^1.5", // Kepler in the plane: two lanes
                "x' = y; y' = -sin(x)")) {
            TaylorTape tape = OdeSystem.parse(text).tape();
            assertThat(groupsOf(tape).isEmpty()).as(text).isTrue();
            assertThat(new DoubleTapeRunner(tape, 12, true, null, true).laneGroups()).as(text).isZero();
        }
    }

    /**
     * Lanes through elementary functions and square roots of each component (vector code at the orders
     * k ≥ 1, the Math calls of order 0 lane by lane), a shared exponential broadcast to the lanes, a
     * shared fourth state broadcast to them, a cyclic system (x → y → z: its renaming is a rotation,
     * not lanes, so it gets none), and an extra output that keeps its flat place.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void lanesThroughFunctionsGiveTheInterpretersBits(long seed) {
        Gen g = new Gen(seed);
        List<String> systems = List.of(
                "x' = u; y' = v; z' = w;"
                        + " u' = -x*exp(-(x^2 + y^2 + z^2)/4) + sqrt(1 + x^2) - sin(x)/3;"
                        + " v' = -y*exp(-(x^2 + y^2 + z^2)/4) + sqrt(1 + y^2) - sin(y)/3;"
                        + " w' = -z*exp(-(x^2 + y^2 + z^2)/4) + sqrt(1 + z^2) - sin(z)/3",
                "x' = y*exp(-z/3) - x; y' = z*exp(-x/3) - y; z' = x*exp(-y/3) - z",
                "x' = a*u + 1/(2 + x^2); y' = a*v + 1/(2 + y^2); z' = a*w + 1/(2 + z^2); q' = u*v*w;"
                        + " u' = -x*(x - q)^2; v' = -y*(y - q)^2; w' = -z*(z - q)^2");
        int which = g.intBetween(0, systems.size() - 1);
        String text = systems.get(which);
        OdeSystem system = OdeSystem.parse(text, Set.of("a"));
        List<Expr> outputs = new ArrayList<>();
        outputs.add(Expr.parse("x*y - z"));
        TaylorTape tape = system.tape(outputs);
        double[] x0 = new double[tape.stateCount()];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = g.uniform(-0.8, 0.8);
        }
        int p = g.intBetween(1, 20);
        double[] params = system.parameters().isEmpty() ? new double[0] : new double[] {g.uniform(0.5, 1.5)};
        String context = g + " p=" + p + " " + text;
        DoubleTapeRunner lanes = assertLanesGiveTheInterpretersBits(tape, 0.25, x0, params, p, context);
        DoubleTapeRunner interpreted = new DoubleTapeRunner(tape, p, false, null, false);
        if (params.length > 0) {
            interpreted.setParameters(params);
        }
        interpreted.compute(0.25, x0, p, true);
        double[] output = new double[p + 1];
        System.arraycopy(lanes.values(), lanes.outputOffset(0), output, 0, p + 1);
        assertThat(output).as("extra output, flat, %s", context).containsExactly(interpreted.outputCoefficients(0));
        assertThat(groupsOf(tape).isEmpty()).as("groups in %s", text).isEqualTo(which == 1);
    }
}
