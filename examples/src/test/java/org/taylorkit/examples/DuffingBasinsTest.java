package org.taylorkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The basin picture of the guide, on a coarse grid. */
class DuffingBasinsTest {

    @Test
    void basinsArePointSymmetricAndTheEquilibriaLieInTheirOwnBasins() {
        int n = 21;
        int[][] b = DuffingBasins.basins(n, 2.5, 2);
        int settled = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // x'' + δx' − x + x³ = 0 is invariant under x → −x: the basin of −p is the other well's
                if (!(i == n / 2 && j == n / 2)) {
                    assertThat(b[n - 1 - i][n - 1 - j]).as("grid point %d,%d", i, j).isEqualTo(-b[i][j]);
                }
                settled += b[i][j] != 0 ? 1 : 0;
            }
        }
        // every member off the stable manifold of the saddle settles by t = 60 (decay e^{-δt/2} ≈ 5e-4)
        assertThat(settled).isGreaterThan(n * n - 5);
        // x0 = 1, v0 = 0 is the right equilibrium itself; grid point x = 1.0 is i = 14 (−2.5 + 0.25·14)
        assertThat(b[14][10]).isEqualTo(1);
        assertThat(b[6][10]).isEqualTo(-1);
    }
}
