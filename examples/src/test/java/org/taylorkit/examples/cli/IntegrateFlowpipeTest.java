package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator;

/**
 * The issue-14 additions to {@code taylor integrate --validated}: {@code --check}, {@code --method},
 * {@code --split}, {@code --flowpipe}, {@code --plot/--axes}, and their errors. Reference values are
 * closed forms: x' = -x gives x0 e^{-t}; x' = -x^3 gives x0 / sqrt(1 + 2 x0^2 t).
 */
class IntegrateFlowpipeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    static String result(JsonObject o, int i) {
        return o.getAsJsonArray("checks").get(i).getAsJsonObject().get("result").getAsString();
    }

    @Test
    void checksOnAPointRunAreVerifiedViolatedOrUnknown() {
        // x = e^{-t}: below 0.5 on [1, 2] (e^{-1} = 0.368), x(2) = e^{-2} = 0.1353352832366127 < 0.2, x(0) = 1
        JsonObject o = IntegrateValidatedTest.json(CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init", "x=1",
                "--to", "2", "--check", "x < 0.5 on [1,2]", "--check", "x > 0.2", "--check", "x < 1.01",
                "--check", "x > 0.1353352832366127 on [2,2]", "--json"));
        assertThat(o.keySet()).containsExactly("t", "status", "steps", "enclosure", "width", "checks");
        JsonArray checks = o.getAsJsonArray("checks");
        assertThat(checks).hasSize(4);
        assertThat(checks.get(0).getAsJsonObject().get("check").getAsString()).isEqualTo("x < 0.5 on [1,2]");
        assertThat(result(o, 0)).isEqualTo("verified");
        assertThat(result(o, 1)).isEqualTo("violated");
        assertThat(result(o, 2)).isEqualTo("verified");
        // e^{-2} rounded to 16 digits lies inside the tight enclosure at t = 2: neither provable
        assertThat(result(o, 3)).isEqualTo("unknown");
    }

    @Test
    void aCornerOfTheSetProvesAViolationTheSetFlowLeftUnknown() {
        // x = x0 e^t, y = y0 e^{-2t} from x0 in [0.5, 1.5], y0 in [1, 2]: at t = 1 the set's x spans
        // [0.5 e, 1.5 e] = [1.359, 4.077] (x < 3 undecided on it), but from the corner x0 = 1.5 the
        // solution exceeds 3 from t = ln 2 = 0.693 on; the truth x < 4.2 must not be "violated"
        JsonObject o = IntegrateValidatedTest.json(CliRun.of("integrate", "--validated", "--ode", "x' = x; y' = -2*y",
                "--init", "x=[0.5,1.5],y=[1,2]", "--to", "1", "--check", "x < 3", "--check", "x < 4.2", "--json"));
        assertThat(o.get("method").getAsString()).isEqualTo("taylor-model");
        assertThat(result(o, 0)).isEqualTo("violated");
        String detail = o.getAsJsonArray("checks").get(0).getAsJsonObject().get("detail").getAsString();
        assertThat(detail).startsWith("the solution from x=1.5, y=").contains("x in [", "a proved counterexample");
        double t = Double.parseDouble(detail.replaceAll(".* at t = ([0-9.eE+-]+) .*", "$1"));
        assertThat(t).isBetween(Math.log(2), 1.0);
        assertThat(1.5 * Math.exp(t)).isGreaterThan(3);
        assertThat(result(o, 1)).isNotEqualTo("violated");
    }

    @Test
    void taylorModelIsTheDefaultForSetsAndReportsPieces() {
        // x' = -x^3 from [0.1, 0.9] to T = 3 (the Lohner method fails here at t = 1.61, issue 14)
        JsonObject o = IntegrateValidatedTest.json(CliRun.of("integrate", "--validated", "--ode", "x' = -x^3",
                "--init", "x=[0.1,0.9]", "--to", "3", "--check", "x < 0.95", "--check", "x > 0.3 on [3,3]", "--json"));
        assertThat(o.keySet()).containsExactly("t", "status", "steps", "enclosure", "width", "method", "pieces", "checks");
        assertThat(o.get("method").getAsString()).isEqualTo("taylor-model");
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("pieces").getAsInt()).isPositive();
        JsonArray x = o.getAsJsonObject("enclosure").getAsJsonArray("x");
        // x(3) from 0.1 and 0.9: 0.1/sqrt(1.06) = 0.0971285862357..., 0.9/sqrt(5.86) = 0.3717792063...
        IntegrateValidatedTest.assertContains(x, new BigDecimal("0.09712858623572641"), "x(3) from 0.1");
        IntegrateValidatedTest.assertContains(x, new BigDecimal("0.37177920630227"), "x(3) from 0.9");
        assertThat(result(o, 0)).isEqualTo("verified");
        // every solution from the lower pieces ends near 0.1 < 0.3: a proved counterexample
        assertThat(result(o, 1)).isEqualTo("violated");
    }

    @Test
    void lohnerWithSplitRunsPiecesAndTheTextShowsChecks() {
        CliRun run = CliRun.of("integrate", "--validated", "--method", "lohner", "--split", "4", "--ode", "x' = -x; y' = -2*y",
                "--init", "x=[0.9,1.1],y=[0.9,1.1]", "--to", "1", "--check", "x^2 + y^2 <= 4");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("method: lohner, pieces: 4", "status: completed",
                "check x^2 + y^2 <= 4: verified (holds on all");
    }

    @Test
    void flowpipeCsvAndPlotAreWritten() throws Exception {
        Path csv = dir.resolve("pipe.csv");
        Path png = dir.resolve("pipe.png");
        CliRun run = CliRun.of("integrate", "--validated", "--method", "lohner", "--ode", "x' = y; y' = -x",
                "--init", "x=[0.9,1.1],y=[-0.1,0.1]", "--to", "3", "--check", "y > -1.2", "--flowpipe", csv.toString(),
                "--plot", png.toString(), "--axes", "x,y");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + csv, "wrote " + png, "check y > -1.2: verified");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("piece,t_lo,t_hi,x_lo,x_hi,y_lo,y_hi");
        assertThat(lines.size()).isGreaterThan(2);
        assertThat(lines.get(1)).startsWith("1,0,");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertThat(last).hasSize(7);
        assertThat(new BigDecimal(last[2])).isEqualByComparingTo("3");
        // the rotation of (1, 0) at t in the last step: x = cos t, y = -sin t
        double t = Double.parseDouble(last[1]);
        assertThat(Double.parseDouble(last[3])).isLessThanOrEqualTo(Math.min(Math.cos(t), Math.cos(3)));
        assertThat(Double.parseDouble(last[6])).isGreaterThanOrEqualTo(Math.max(-Math.sin(t), -Math.sin(3)));

        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(FlowpipePlot.WIDTH);
        assertThat(img.getHeight()).isEqualTo(FlowpipePlot.HEIGHT);
        int blue = 0;
        int orange = 0;
        int red = 0;
        for (int i = 0; i < img.getWidth(); i++) {
            for (int j = 0; j < img.getHeight(); j++) {
                int rgb = img.getRGB(i, j);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                blue += b > r + 60 && b > g + 20 ? 1 : 0;
                orange += r > 200 && g > 100 && g < 180 && b < 100 ? 1 : 0;
                red += r > 180 && g < 80 && b < 80 ? 1 : 0;
            }
        }
        // the flowpipe is a thick arc: many shaded pixels, but it does not fill the plot
        assertThat(blue).isGreaterThan(20_000).isLessThan(img.getWidth() * img.getHeight() / 2);
        assertThat(orange).as("initial set").isGreaterThan(100);
        assertThat(red).as("the boundary y = -1.2").isGreaterThan(300);
    }

    @Test
    void plotAgainstTime() throws Exception {
        Path png = dir.resolve("t.png");
        CliRun run = CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init", "x=[0.9,1.1]", "--to", "2",
                "--plot", png.toString(), "--axes", "t,x");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(FlowpipePlot.WIDTH);
    }

    @Test
    void theDefaultTaylorModelOrderFitsTheCoefficientLimit() {
        // C(2 + 6, 6) = 28; C(7 + 6, 6) = 1716 <= 2000; C(12 + 5, 5) = 6188 > 2000 but C(12 + 4, 4) = 1820
        assertThat(TaylorModelFlowIntegrator.defaultTmOrder(2)).isEqualTo(6);
        assertThat(TaylorModelFlowIntegrator.defaultTmOrder(7)).isEqualTo(6);
        assertThat(TaylorModelFlowIntegrator.defaultTmOrder(12)).isEqualTo(4);
        assertThat(TaylorModelFlowIntegrator.defaultTmOrder(200)).isEqualTo(1);
    }

    @Test
    void aDecimalPointIsAPointForTheDefaultMethod() {
        // 1.4 and 2.4 are not doubles: their enclosures have width, but they are points as typed
        CliRun r = CliRun.of("integrate", "--validated", "--ode", "x' = y; y' = -x", "--init", "x=1.4,y=2.4", "--to", "1",
                "--tm-order", "3");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("--tm-order", "needs --method taylor-model (lohner is the default for a point)");
        assertThat(IntegrateValidated.pointLike(org.taylorkit.interval.Interval.fromDecimal("1.4"))).isTrue();
        assertThat(IntegrateValidated.pointLike(org.taylorkit.interval.Interval.of(1, 1.000001))).isFalse();
    }

    static String error(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.status()).as(r.out()).isNotZero();
        assertThat(r.err()).doesNotContain("\tat ");
        return r.err();
    }

    @Test
    void badCombinationsAndBadPropertiesGetClearErrors() {
        String[] base = {"integrate", "--validated", "--ode", "x' = y; y' = -x", "--init", "x=[0.9,1.1],y=0", "--to", "1"};
        assertThat(error(concat(base, "--plot", dir.resolve("a.png").toString())))
                .contains("--plot needs --axes with --validated");
        assertThat(error(concat(base, "--plot", "a.png", "--axes", "x,w"))).contains("--axes: 'w' is not t or a state variable");
        assertThat(error(concat(base, "--plot", "a.png", "--axes", "x"))).contains("--axes: expected two names");
        assertThat(error(concat(base, "--method", "lohner", "--tm-order", "4"))).contains("--tm-order", "needs --method taylor-model");
        assertThat(error(concat(base, "--method", "picard"))).contains("--method: expected lohner or taylor-model, got 'picard'");
        assertThat(error(concat(base, "--check", "y < 2 on [0,1"))).contains("--check: property \"y < 2 on [0,1\", column 14");
        assertThat(error(concat(base, "--check", "z < 2"))).contains("column 1: unknown variable 'z' (state variables: x, y");
        assertThat(error(concat(base, "--method", "taylor-model", "--event", "x"))).contains("--event needs --method lohner");
        assertThat(error(concat(base, "--split", "0"))).contains("--split must be between 1 and 100000");
        assertThat(error(concat(base, "--presplit", "x=3"))).contains("--presplit: x=3: the number of pieces must be a power of two");
        assertThat(error(concat(base, "--presplit", "x=two"))).contains("--presplit: x=two: the number of pieces must be a power of two");
        assertThat(error(concat(base, "--presplit", "z=2"))).contains("--presplit: 'z' is not a state variable");
        assertThat(error(concat(base, "--presplit", "x=8", "--split", "4"))).contains("makes 8 pieces, more than the budget of 4",
                "--split");
        assertThat(error(concat(base, "--method", "lohner", "--presplit", "x=2"))).contains("--presplit", "it needs --method taylor-model");
        assertThat(error(concat(base, "--out", "a.csv"))).contains("--out cannot be combined with --validated", "--flowpipe");
        assertThat(error("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--check", "x < 2"))
                .contains("--check needs --validated");
    }

    @Test
    void presplitCutsTheInitialBoxIntoEqualPiecesUpFront() {
        // x' = -x from [0.9, 1.1]: 4 pieces cut up front; the hull of their end boxes at t = 1 contains the exact
        // end set [0.9/e, 1.1/e] = [0.331091, 0.404667] and is tight
        JsonObject o = IntegrateValidatedTest.json(CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init",
                "x=[0.9,1.1]", "--to", "1", "--presplit", "x=4", "--split", "4", "--check", "x < 0.41 on [1,1]", "--json"));
        assertThat(o.get("pieces").getAsInt()).isEqualTo(4);
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(result(o, 0)).isEqualTo("verified");
        JsonArray x = o.getAsJsonObject("enclosure").getAsJsonArray("x");
        double lo = x.get(0).getAsDouble();
        double hi = x.get(1).getAsDouble();
        assertThat(lo).isLessThanOrEqualTo(0.9 * Math.exp(-1)).isGreaterThan(0.9 * Math.exp(-1) - 1e-9);
        assertThat(hi).isGreaterThanOrEqualTo(1.1 * Math.exp(-1)).isLessThan(1.1 * Math.exp(-1) + 1e-9);
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
