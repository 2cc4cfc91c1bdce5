package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --presplit} and {@code --restart-ratio} of {@code taylor integrate --validated --method
 * taylor-model}: the piece count they give, containment of closed-form solutions, and each error.
 * References: the rotation x' = y, y' = −x maps (x0, y0) to (x0 cos t + y0 sin t, −x0 sin t + y0 cos t);
 * x' = −a·x gives x0 e^{−a t}; x' = −x³ gives x0 / sqrt(1 + 2 x0² t).
 */
class IntegratePresplitTest {

    /** cos 1 and sin 1 to 50 digits (OEIS A049470, A049469; also {@code bc -l}: c(1), s(1) at scale 60). */
    static final BigDecimal COS1 = new BigDecimal("0.54030230586813971740093660744297660373231042061792");
    static final BigDecimal SIN1 = new BigDecimal("0.84147098480789650665250232163029899962256306079837");
    /** e^{−1/2} and e^{−3/2} to 50 digits, truncated ({@code bc -l}: e(-0.5), e(-1.5) at scale 60). */
    static final BigDecimal EXP_M05 = new BigDecimal("0.60653065971263342360379953499118045344191813548718");
    static final BigDecimal EXP_M15 = new BigDecimal("0.22313016014842982893328047076401252134217162936108");

    static final String[] ROTATION = {"integrate", "--validated", "--ode", "x' = y; y' = -x",
        "--init", "x=[0.9,1.1],y=[-0.1,0.1]", "--to", "1"};

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    @Test
    void presplitAlongBothStatesGivesFourPiecesThatEncloseTheRotation() {
        JsonObject plain = IntegrateValidatedTest.json(CliRun.of(concat(ROTATION, "--json")));
        assertThat(plain.get("pieces").getAsInt()).as("a linear flow needs no split").isEqualTo(1);

        JsonObject o = IntegrateValidatedTest.json(CliRun.of(concat(ROTATION, "--presplit", "x,y", "--json")));
        assertThat(o.keySet()).containsExactly("t", "status", "steps", "enclosure", "width", "method", "pieces");
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("method").getAsString()).isEqualTo("taylor-model");
        assertThat(o.get("pieces").getAsInt()).isEqualTo(4);
        assertEnclosesTheRotatedGrid(o, new String[] {"0.9", "1", "1.1"}, new String[] {"-0.1", "0", "0.1"});
        // the hull of the exact image (a rotated square of side 0.2) is 0.2 (cos 1 + sin 1) = 0.2764 wide
        assertThat(o.get("width").getAsDouble()).isBetween(0.2763, 0.2800);
    }

    @Test
    void theSummaryReportsThePiecesOfThePresplit() {
        CliRun run = CliRun.of(concat(ROTATION, "--presplit", "y", "--restart-ratio", "0.5"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("method: taylor-model, pieces: 2", "status: completed");
    }

    @Test
    void presplitAlongAParameterWithWidthEnclosesEveryDecay() {
        // x' = -a x, a in [0.5, 1.5], x0 in [0.9, 1.1]: x(1) = x0 e^{-a} spans [0.9 e^{-1.5}, 1.1 e^{-0.5}]
        JsonObject o = IntegrateValidatedTest.json(CliRun.of("integrate", "--validated", "--ode", "x' = -a*x",
                "--param", "a=[0.5,1.5]", "--init", "x=[0.9,1.1]", "--to", "1", "--presplit", "a", "--split", "8", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("pieces").getAsInt()).isEqualTo(2);
        MathContext mc = new MathContext(40);
        IntegrateValidatedTest.assertContains(o.getAsJsonObject("enclosure").getAsJsonArray("x"),
                new BigDecimal("0.9").multiply(EXP_M15, mc), "x(1) from 0.9, a = 1.5");
        IntegrateValidatedTest.assertContains(o.getAsJsonObject("enclosure").getAsJsonArray("x"),
                new BigDecimal("1.1").multiply(EXP_M05, mc), "x(1) from 1.1, a = 0.5");
    }

    @Test
    void aRaisedRestartRatioStillEnclosesTheCubicDecay() {
        JsonObject o = IntegrateValidatedTest.json(CliRun.of("integrate", "--validated", "--ode", "x' = -x^3",
                "--init", "x=[0.1,0.9]", "--to", "3", "--restart-ratio", "10", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        // x(3) from 0.1 and 0.9: 0.1/sqrt(1.06), 0.9/sqrt(5.86) (as IntegrateFlowpipeTest)
        IntegrateValidatedTest.assertContains(o.getAsJsonObject("enclosure").getAsJsonArray("x"),
                new BigDecimal("0.09712858623572641"), "x(3) from 0.1");
        IntegrateValidatedTest.assertContains(o.getAsJsonObject("enclosure").getAsJsonArray("x"),
                new BigDecimal("0.37177920630227"), "x(3) from 0.9");
    }

    @Test
    void badPresplitsGetClearErrors() {
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--presplit", "z")))
                .contains("--presplit: 'z' is not a state variable (state: x, y)");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--validated", "--ode", "x' = -a*x", "--param", "a=[1,2]",
                "--init", "x=[0.9,1.1]", "--to", "1", "--presplit", "b"))
                .contains("--presplit: 'b' is not a state variable (state: x) or a parameter (a)");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--presplit", "x,y,x")))
                .contains("--presplit: x is named twice in 'x,y,x'", "x=N");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--presplit", "x,")))
                .contains("--presplit: empty variable name in 'x,'");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--validated", "--method", "taylor-model", "--ode",
                "x' = y; y' = -x", "--init", "x=[0.9,1.1],y=0.5", "--to", "1", "--presplit", "y"))
                .contains("--presplit: y has no width in --init", "cutting a point in halves is meaningless");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--validated", "--ode", "x' = -a*x", "--param", "a=2",
                "--init", "x=[0.9,1.1]", "--to", "1", "--presplit", "a"))
                .contains("--presplit: a has no width in --param", "meaningless");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--presplit", "x,y", "--split", "3")))
                .contains("--presplit: x,y makes 4 pieces, more than the budget of 3 (--split)");
        String seven = "u1' = -u1; u2' = -u2; u3' = -u3; u4' = -u4; u5' = -u5; u6' = -u6; u7' = -u7";
        assertThat(IntegrateFlowpipeTest.error("integrate", "--validated", "--ode", seven, "--init",
                "u1=[0,1],u2=[0,1],u3=[0,1],u4=[0,1],u5=[0,1],u6=[0,1],u7=[0,1]", "--to", "1",
                "--presplit", "u1,u2,u3,u4,u5,u6,u7"))
                .contains("makes 128 pieces, more than the budget of 64 (the default of --split)");
    }

    @Test
    void badRestartRatiosGetClearErrors() {
        for (String r : new String[] {"0", "-1", "1e999"}) {
            assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--restart-ratio", r)))
                    .as(r).contains("--restart-ratio must be a positive finite number", "got '" + r + "'");
        }
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--restart-ratio", "1/0")))
                .contains("--restart-ratio: '1/0': division by zero");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--restart-ratio", "ten")))
                .contains("--restart-ratio: value of R ('ten') must be a number or a constant expression");
    }

    @Test
    void theOptionsNeedTheTaylorModelFlow() {
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--method", "lohner", "--presplit", "x")))
                .contains("--presplit refines the Taylor-model flow: it needs --method taylor-model");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--method", "lohner", "--restart-ratio", "10")))
                .contains("--restart-ratio refines the Taylor-model flow: it needs --method taylor-model");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--validated", "--ode", "x' = y; y' = -x", "--init", "x=1,y=0",
                "--to", "1", "--restart-ratio", "10"))
                .contains("--restart-ratio", "needs --method taylor-model (lohner is the default for a point)");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1",
                "--presplit", "x")).contains("--presplit needs --validated");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1",
                "--restart-ratio", "10")).contains("--restart-ratio needs --validated");
    }

    static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void errorFoldingKeepsTheRotationsEnclosureAndItsSize() {
        JsonObject o = IntegrateValidatedTest.json(CliRun.of(concat(ROTATION, "--error-folding", "2,1,1e-3", "--json")));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertEnclosesTheRotatedGrid(o, new String[] {"0.9", "1.1"}, new String[] {"-0.1", "0.1"});
        // the hull of the exact image is 0.2 (cos 1 + sin 1) = 0.2764 wide: folding must not blow it up
        assertThat(o.get("width").getAsDouble()).isBetween(0.2763, 0.2800);
    }

    @Test
    void errorSymbolsOfDegreeOneInTermsOfOrderTwoKeepTheRotationsEnclosure() {
        JsonObject o = IntegrateValidatedTest.json(CliRun.of(concat(ROTATION, "--error-folding", "2,1,1e-3,1,2", "--json")));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertEnclosesTheRotatedGrid(o, new String[] {"0.9", "1.1"}, new String[] {"-0.1", "0.1"});
        assertThat(o.get("width").getAsDouble()).isBetween(0.2763, 0.2800);
    }

    @Test
    void badErrorFoldingsGetClearErrors() {
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,4,1e-3,0")))
                .contains("--error-folding: S (the degree in the symbols) must be a whole number from 1 to 20, got '0' in '1,4,1e-3,0'");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,4,1e-3,1,x")))
                .contains("--error-folding: O (the order of the terms with symbols) must be a whole number from 1 to 20, got 'x'");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,4,1e-3,3,2")))
                .contains("--error-folding: S = 3 (the degree in the symbols) exceeds O = 2 (the order of the terms with"
                        + " symbols) in '1,4,1e-3,3,2'; a monomial's total degree is at least its degree in the symbols,"
                        + " so S must be at most O");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,4,1e-3,1,2,3")))
                .contains("--error-folding: '1,4,1e-3,1,2,3' has 6 parts; expected B,W,R or B,W,R,S or B,W,R,S,O");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,4")))
                .contains("--error-folding: '1,4' has 2 parts; expected B,W,R or B,W,R,S or B,W,R,S,O");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "0,4,1e-3")))
                .contains("--error-folding: B (blocks) must be a whole number from 1 to 16, got '0'");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,x,1e-3")))
                .contains("--error-folding: W (symbols per block) must be a whole number from 1 to 16, got 'x'");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--error-folding", "1,4,-1")))
                .contains("--error-folding: R must be a positive finite number, got '-1'");
        assertThat(IntegrateFlowpipeTest.error(concat(ROTATION, "--method", "lohner", "--error-folding", "1,1,1e-3")))
                .contains("--error-folding refines the Taylor-model flow: it needs --method taylor-model");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1",
                "--error-folding", "1,1,1e-3")).contains("--error-folding needs --validated");
    }

    /** The JSON enclosure at t = 1 contains the exact rotation of every (x0, y0) of the grid (40 digits). */
    static void assertEnclosesTheRotatedGrid(JsonObject o, String[] xs, String[] ys) {
        JsonObject enc = o.getAsJsonObject("enclosure");
        MathContext mc = new MathContext(40);
        for (String x0 : xs) {
            for (String y0 : ys) {
                BigDecimal x = new BigDecimal(x0);
                BigDecimal y = new BigDecimal(y0);
                String from = "from (" + x0 + ", " + y0 + ")";
                IntegrateValidatedTest.assertContains(enc.getAsJsonArray("x"),
                        x.multiply(COS1, mc).add(y.multiply(SIN1, mc), mc), "x(1) " + from);
                IntegrateValidatedTest.assertContains(enc.getAsJsonArray("y"),
                        y.multiply(COS1, mc).subtract(x.multiply(SIN1, mc), mc), "y(1) " + from);
            }
        }
    }
}
