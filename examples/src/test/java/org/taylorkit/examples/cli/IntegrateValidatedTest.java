package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code taylor integrate --validated} contract of issue 7: keys, containment of closed forms, errors. */
class IntegrateValidatedTest {

    /** e^{-1} to 50 digits (OEIS A068985). */
    static final BigDecimal INV_E = new BigDecimal("0.36787944117144232159552377016146086744581113103176");

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    static JsonObject json(CliRun run) {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    static void assertContains(JsonArray bounds, BigDecimal v, String what) {
        BigDecimal lo = new BigDecimal(bounds.get(0).getAsString());
        BigDecimal hi = new BigDecimal(bounds.get(1).getAsString());
        assertThat(lo.compareTo(v)).as("%s: lower %s ≤ %s", what, lo, v).isLessThanOrEqualTo(0);
        assertThat(hi.compareTo(v)).as("%s: upper %s ≥ %s", what, hi, v).isGreaterThanOrEqualTo(0);
    }

    @Test
    void jsonHasTheContractKeysAndContainsTheRiccatiImagesOfTheBox() {
        // x' = x², y' = −y from x ∈ [0.4, 0.5], y = 1 to t = 1: x = x0/(1 − x0), y = e^{−1}
        // (--method lohner: for a box the default is the Taylor-model flow, whose JSON adds method and pieces)
        JsonObject o = json(CliRun.of("integrate", "--validated", "--method", "lohner", "--ode", "x' = x^2; y' = -y",
                "--init", "x=[0.4,0.5],y=1", "--from", "0", "--to", "1", "--json"));
        assertThat(o.keySet()).containsExactly("t", "status", "steps", "enclosure", "width");
        assertThat(o.get("t").getAsDouble()).isEqualTo(1.0);
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("steps").getAsInt()).isPositive();
        JsonObject enc = o.getAsJsonObject("enclosure");
        assertThat(enc.keySet()).containsExactly("x", "y");
        MathContext mc = new MathContext(40);
        // exact images of the box endpoints: 0.4/0.6 = 2/3 and 0.5/0.5 = 1 (the decimals 0.4, 0.5 enclosed outward)
        assertContains(enc.getAsJsonArray("x"), BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), mc), "x from 0.4");
        assertContains(enc.getAsJsonArray("x"), BigDecimal.ONE, "x from 0.5");
        assertContains(enc.getAsJsonArray("y"), INV_E, "y");
        double width = o.get("width").getAsDouble();
        assertThat(width).isGreaterThanOrEqualTo(1.0 / 3).isLessThan(1);
        for (String name : new String[] {"x", "y"}) {
            JsonArray a = enc.getAsJsonArray(name);
            assertThat(a.get(0).isJsonPrimitive() && a.get(0).getAsJsonPrimitive().isString()).isTrue();
        }
    }

    @Test
    void parametersAreIntervalsAndTheDecimalInitIsEnclosedOutward() {
        // x' = −k x, k = 1/10 exactly, x(0) = 0.1 exactly: x(10) = 0.1·e^{−1}
        JsonObject o = json(CliRun.of("integrate", "--validated", "--ode", "x' = -k*x", "--init", "x=0.1", "--param", "k=1/10",
                "--to", "10", "--order", "16", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertContains(o.getAsJsonObject("enclosure").getAsJsonArray("x"), INV_E.divide(BigDecimal.TEN), "x");
        assertThat(o.get("width").getAsDouble()).isLessThan(1e-14);
    }

    @Test
    void lorenzWithEightThirds() {
        JsonObject o = json(CliRun.of("integrate", "--validated", "--ode", IntegrateCommandTest.LORENZ, "--init", "x=15,y=15,z=36",
                "--param", "sigma=10,rho=28,beta=8/3", "--to", "1", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("width").getAsDouble()).isLessThan(1e-10);
        // Lorenz state at t = 1 from (15, 15, 36), to 30 digits: FieldTaylorIntegrator over Apfloat at 50 digits,
        // tolerance 1e-45 (an independent high-precision, non-interval integration)
        JsonObject enc = o.getAsJsonObject("enclosure");
        assertContains(enc.getAsJsonArray("x"), new BigDecimal("-6.94535415990345931973048134158"), "x");
        assertContains(enc.getAsJsonArray("y"), new BigDecimal("2.99715462662903073944100170055"), "y");
        assertContains(enc.getAsJsonArray("z"), new BigDecimal("35.1443503057224191779666148161"), "z");
    }

    @Test
    void failureHasAReason() {
        JsonObject o = json(CliRun.of("integrate", "--validated", "--ode", "x' = x^2", "--init", "x=1", "--to", "2", "--json"));
        assertThat(o.keySet()).containsExactly("t", "status", "reason", "steps", "enclosure", "width");
        assertThat(o.get("status").getAsString()).isEqualTo("failed");
        assertThat(o.get("reason").getAsString()).contains("step size underflow");
        assertThat(o.get("t").getAsDouble()).isLessThan(1);
        // x(t) = 1/(1 − t) at the time reached
        BigDecimal t = new BigDecimal(o.get("t").getAsDouble());
        assertContains(o.getAsJsonObject("enclosure").getAsJsonArray("x"),
                BigDecimal.ONE.divide(BigDecimal.ONE.subtract(t), new MathContext(40)), "x at the stop");
    }

    @Test
    void humanOutputShowsTheTableWidthStepsAndStatus() {
        CliRun run = CliRun.of("integrate", "--validated", "--ode", "x' = y; y' = -x", "--init", "x=[-0.001,0.001],y=[-0.001,0.001]",
                "--to", "6.283185307179586");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("variable", "lower", "upper", "width:", "steps:", "status: completed");
    }

    @Test
    void errorsAreOneLine() {
        CliRun r1 = CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init", "x=[1,0]", "--to", "1");
        assertThat(r1.status()).isNotZero();
        assertThat(r1.err()).contains("--init").doesNotContain("\tat ");
        CliRun r2 = CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--digits", "30");
        assertThat(r2.status()).isNotZero();
        assertThat(r2.err()).contains("--digits cannot be combined with --validated");
        CliRun r3 = CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init", "x=1", "--to", "-1");
        assertThat(r3.status()).isNotZero();
        assertThat(r3.err()).contains("forwards only");
        CliRun r4 = CliRun.of("integrate", "--validated", "--ode", "x' = -x; y' = x", "--init", "x=1", "--to", "1");
        assertThat(r4.err()).contains("no initial value for y");
    }

    @Test
    void eventsAreRigorousCrossingsWithOutwardBounds() {
        // x' = v, v' = −x from (1, 0): x = cos t is 0 downwards at π/2 and 5π/2 (and upwards at 3π/2) in (0, 9]
        JsonObject o = json(CliRun.of("integrate", "--validated", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0",
                "--to", "9", "--event", "x", "--direction", "down", "--json"));
        assertThat(o.keySet()).containsExactly("t", "status", "steps", "enclosure", "width", "events", "events_complete");
        assertThat(o.get("events_complete").getAsBoolean()).isTrue();
        JsonArray events = o.getAsJsonArray("events");
        assertThat(events).hasSize(2);
        // π to 40 digits (OEIS A000796)
        BigDecimal pi = new BigDecimal("3.141592653589793238462643383279502884197");
        for (int k = 0; k < 2; k++) {
            JsonObject e = events.get(k).getAsJsonObject();
            assertThat(e.keySet()).containsExactly("t", "state");
            assertContains(e.getAsJsonArray("t"), pi.multiply(new BigDecimal(k == 0 ? "0.5" : "2.5")), "t of event " + k);
            assertContains(e.getAsJsonObject("state").getAsJsonArray("x"), BigDecimal.ZERO, "x of event " + k);
            assertContains(e.getAsJsonObject("state").getAsJsonArray("v"), BigDecimal.ONE.negate(), "v of event " + k);
            BigDecimal lo = new BigDecimal(e.getAsJsonArray("t").get(0).getAsString());
            BigDecimal hi = new BigDecimal(e.getAsJsonArray("t").get(1).getAsString());
            assertThat(hi.subtract(lo)).isLessThan(new BigDecimal("1e-12"));
        }
        CliRun text = CliRun.of("integrate", "--validated", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0",
                "--to", "9", "--event", "x");
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("event 1: t in [1.57079632679", "event 3: t in [7.85398163397", "events: 3 proved, no others");
    }

    @Test
    void aTangentialEventStopsTheSearchWithAReason() {
        JsonObject o = json(CliRun.of("integrate", "--validated", "--ode", "x' = v; v' = -x", "--init", "x=0,v=1",
                "--to", "3", "--event", "x - 1", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("events_complete").getAsBoolean()).isFalse();
        assertThat(o.get("events_reason").getAsString()).contains("tangential");
        CliRun r = CliRun.of("integrate", "--validated", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--direction", "up");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("--direction needs --event");
    }

    @Test
    void aBoxOnTheSectionIsToldThatItsDepartureIsNotCounted() {
        // x(0) in [0.99, 1.01] meets x = 1: the crossings while the set leaves the section are not counted
        JsonObject o = json(CliRun.of("integrate", "--validated", "--ode", "x' = v; v' = -x", "--init", "x=[0.99,1.01],v=[0.19,0.21]",
                "--to", "1", "--event", "x - 1", "--direction", "up", "--json"));
        assertThat(o.get("events_note").getAsString()).contains("meets the section").contains("not counted");
        CliRun text = CliRun.of("integrate", "--validated", "--ode", "x' = v; v' = -x", "--init", "x=[0.99,1.01],v=[0.19,0.21]",
                "--to", "1", "--event", "x - 1", "--direction", "up");
        assertThat(text.out()).contains("note: the initial box meets the section");
        // a box away from the section gets no note
        JsonObject away = json(CliRun.of("integrate", "--validated", "--ode", "x' = v; v' = -x", "--init", "x=[0.99,1.01],v=[0.19,0.21]",
                "--to", "3", "--event", "x", "--direction", "down", "--json"));
        assertThat(away.has("events_note")).isFalse();
    }
}
