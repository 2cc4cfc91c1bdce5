package org.taylorkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dynamics example programs run, print checked values and write readable PNGs. */
class DynamicsExamplesTest {

    static String run(ThrowingMain main) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.run();
        } finally {
            System.setOut(saved);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingMain {
        void run() throws Exception;
    }

    static long nonBackground(BufferedImage image) {
        int background = image.getRGB(image.getWidth() / 2, 3);
        long differing = 0;
        for (int x = 100; x < image.getWidth() - 100; x += 3) {
            for (int y = 100; y < image.getHeight() - 100; y += 3) {
                if (image.getRGB(x, y) != background) {
                    differing++;
                }
            }
        }
        return differing;
    }

    @Test
    void henonHeilesSectionWritesAScatterPlot(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("hh.png");
        String out = run(() -> HenonHeilesSection.main(new String[] {png.toString()}));
        assertThat(out).contains("orbits: ").contains("wrote " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(nonBackground(image)).isGreaterThan(300);
        // every section point lies on the energy surface: px² = 2E - py² - y² + 2y³/3 ≥ 0
        for (var orbit : HenonHeilesSection.points(0.125, 4, 100)) {
            assertThat(orbit).isNotEmpty();
            for (double[] p : orbit) {
                assertThat(2 * 0.125 - p[1] * p[1] - p[0] * p[0] + 2 * p[0] * p[0] * p[0] / 3).isGreaterThanOrEqualTo(-1e-12);
            }
        }
    }

    @Test
    void periodicOrbitExamplePrintsPeriodAndMultipliers(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("orbit.png");
        String out = run(() -> PeriodicOrbitExample.main(new String[] {png.toString()}));
        // the period is checked independently (return to the start) in the ode module's tests
        assertThat(out).contains("period: 6.9005994476").contains("Floquet multipliers: 3.76").contains(" 1.000000 1.000000")
                .contains("wrote " + png);
        assertThat(nonBackground(ImageIO.read(png.toFile()))).isGreaterThan(100);
    }

    @Test
    void lorenzLyapunovExamplePlotsTheHistory(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("lyap.png");
        String out = run(() -> LorenzLyapunovExample.main(new String[] {png.toString(), "30"}));
        assertThat(out).contains("T = 30: exponents").contains("sum -13.666667, -(sigma + 1 + beta) = -13.666667")
                .contains("wrote " + png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
    }
}
