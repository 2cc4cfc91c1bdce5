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

/** The Lorenz example runs, reports a completed integration and writes a readable PNG. */
class LorenzExampleTest {

    @Test
    void writesThePlot(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("lorenz.png");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            LorenzExample.main(new String[] {png.toString()});
        } finally {
            System.setOut(saved);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("status: completed at t = 100.0").contains("points plotted: 20001").contains("wrote " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(750);
        // the attractor's two lobes: the picture is not blank (some pixels differ from the corner colour)
        int background = image.getRGB(500, 5);
        long differing = 0;
        for (int x = 100; x < 900; x += 4) {
            for (int y = 100; y < 650; y += 4) {
                if (image.getRGB(x, y) != background) {
                    differing++;
                }
            }
        }
        assertThat(differing).isGreaterThan(500);
    }
}
