package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code taylor lyapunov} contract: JSON keys, values against closed forms and Liouville, errors. */
class LyapunovCommandTest {

    static final String LORENZ = "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z";

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    @Test
    void linearSystemExponentsAreTheEigenvaluesDescending() {
        CliRun r = CliRun.of("lyapunov", "--ode", "x' = -2*x; y' = x + 0.5*y", "--init", "x=0,y=0", "--to", "40",
                "--reorth", "1", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.keySet()).contains("exponents", "t");
        JsonArray e = o.getAsJsonArray("exponents");
        assertThat(e).hasSize(2);
        // finite-time closed form: the first Gram-Schmidt vector is Φ(T)e1 = (e^{-2T}, (e^{T/2} - e^{-2T})/2.5),
        // so λ1(T) = ln|Φ(T)e1| / T = 0.5 - ln(2.5)/40 + O(e^{-5T}); λ1 + λ2 = trace = -1.5 exactly
        double t = 40;
        double l1 = Math.log(Math.hypot(Math.exp(-2 * t), (Math.exp(t / 2) - Math.exp(-2 * t)) / 2.5)) / t;
        assertThat(e.get(0).getAsDouble()).isCloseTo(l1, within(1e-10));
        assertThat(e.get(1).getAsDouble()).isCloseTo(-1.5 - l1, within(1e-10));
        assertThat(o.get("t").getAsDouble()).isEqualTo(40.0);
    }

    @Test
    void lorenzSumIsMinusSigmaPlusOnePlusBeta() {
        CliRun r = CliRun.of("lyapunov", "--ode", LORENZ, "--init", "x=-8.67,y=4.98,z=32.2",
                "--param", "sigma=10,rho=28,beta=8/3", "--to", "10", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonArray e = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("exponents");
        double sum = e.get(0).getAsDouble() + e.get(1).getAsDouble() + e.get(2).getAsDouble();
        assertThat(sum).isCloseTo(-(10 + 1 + 8.0 / 3), within(1e-8)); // Liouville: the trace is constant
        assertThat(e.get(0).getAsDouble()).isGreaterThanOrEqualTo(e.get(1).getAsDouble());
        assertThat(e.get(1).getAsDouble()).isGreaterThanOrEqualTo(e.get(2).getAsDouble());
        CliRun h = CliRun.of("lyapunov", "--ode", LORENZ, "--init", "x=-8.67,y=4.98,z=32.2",
                "--param", "sigma=10,rho=28,beta=8/3", "--to", "5");
        assertThat(h.status()).isZero();
        assertThat(h.out()).contains("lambda1").contains("lambda3").contains("-13.666667");
    }

    @Test
    void errorsAreOneLine() {
        CliRun neg = CliRun.of("lyapunov", "--ode", "x' = -x", "--init", "x=1", "--to", "-1");
        assertThat(neg.status()).isEqualTo(1);
        assertThat(neg.err().strip()).isEqualTo("taylor lyapunov: --to must be positive (the run is [0, T]), got -1");
        CliRun missing = CliRun.of("lyapunov", "--ode", "x' = -x; y' = x", "--init", "x=1", "--to", "1");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no initial value for y");
        CliRun usage = CliRun.of("lyapunov", "--ode", "x' = -x", "--init", "x=1");
        assertThat(usage.status()).isEqualTo(2);
    }

    @Test
    void tooManyIntervalsAreRefusedUpFrontNamingToAndReorth() {
        CliRun r = CliRun.of("lyapunov", "--ode", "x' = -y; y' = x", "--init", "x=1,y=0", "--to", "1e9");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err().strip()).isEqualTo("taylor lyapunov: --to 1e9 with --reorth 0.5 is 2000000000 reorthonormalisation"
                + " intervals, more than the limit of 100000000 (hours of computing): shorten --to or lengthen --reorth");
        CliRun quarter = CliRun.of("lyapunov", "--ode", "x' = -y; y' = x", "--init", "x=1,y=0", "--to", "1e8", "--reorth", "1/4");
        assertThat(quarter.status()).isEqualTo(1);
        assertThat(quarter.err().strip()).isEqualTo("taylor lyapunov: --to 1e8 with --reorth 1/4 is 400000000 reorthonormalisation"
                + " intervals, more than the limit of 100000000 (hours of computing): shorten --to or lengthen --reorth");
    }
}
