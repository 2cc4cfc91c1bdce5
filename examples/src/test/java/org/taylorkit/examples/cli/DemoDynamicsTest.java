package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dynamics part of {@code taylor demo}: Lyapunov sum, Floquet multipliers and the section PNG. */
class DemoDynamicsTest {

    @Test
    void demoShowsTheDynamicsPartAndWritesThePng(@TempDir Path dir) throws Exception {
        String saved = System.getProperty(DemoDynamics.DIR_PROPERTY);
        System.setProperty(DemoDynamics.DIR_PROPERTY, dir.toString());
        CliRun run;
        try {
            run = CliRun.of("demo");
        } finally {
            if (saved == null) {
                System.clearProperty(DemoDynamics.DIR_PROPERTY);
            } else {
                System.setProperty(DemoDynamics.DIR_PROPERTY, saved);
            }
        }
        assertThat(run.status()).as(run.err()).isZero();
        Path png = dir.resolve("henon-heiles-section.png");
        assertThat(run.out()).contains("6. Dynamics with jets").contains("SHORT run")
                .contains("sum -13.666667 = -(sigma + 1 + beta) = -13.666667")
                .contains("period 6.900599448").contains(" 1.00000 1.00000").contains("wrote " + png);
        assertThat(Files.exists(png)).isTrue();
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(800);
    }
}
