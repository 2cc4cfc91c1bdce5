package org.taylorkit.ode.dynamics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Dense linear algebra for the small matrices of dynamical-systems analysis (state-transition and
 * monodromy matrices of a handful of variables): products, determinants and linear solves by LU with
 * partial pivoting, QR by modified Gram–Schmidt, and eigenvalues. Matrices are {@code double[rows][cols]}
 * and never modified. Meant for n ≲ 10: the eigenvalue method (characteristic polynomial) is not
 * suitable for large or badly conditioned matrices. Stateless and thread-safe.
 */
public final class SmallMatrices {

    private SmallMatrices() {
    }

    /** The product a·b. @throws IllegalArgumentException if the shapes do not match */
    public static double[][] multiply(double[][] a, double[][] b) {
        if (a[0].length != b.length) {
            throw new IllegalArgumentException("multiply: " + a.length + "×" + a[0].length + " times " + b.length + "×" + b[0].length);
        }
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    /** The transpose. */
    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** The n×n identity. */
    public static double[][] identity(int n) {
        double[][] e = new double[n][n];
        for (int i = 0; i < n; i++) {
            e[i][i] = 1;
        }
        return e;
    }

    /** The determinant of a square matrix, by LU with partial pivoting. */
    public static double determinant(double[][] a) {
        int n = requireSquare(a, "determinant");
        double[][] lu = copy(a);
        double det = 1;
        for (int k = 0; k < n; k++) {
            int p = pivot(lu, k);
            if (lu[p][k] == 0) {
                return 0;
            }
            if (p != k) {
                double[] r = lu[p];
                lu[p] = lu[k];
                lu[k] = r;
                det = -det;
            }
            det *= lu[k][k];
            eliminate(lu, null, k);
        }
        return det;
    }

    /**
     * The solution x of a·x = b (square a), by LU with partial pivoting.
     *
     * @throws ArithmeticException if a is singular (a zero pivot), naming the column
     * @throws IllegalArgumentException if the shapes do not match
     */
    public static double[] solve(double[][] a, double[] b) {
        int n = requireSquare(a, "solve");
        if (b.length != n) {
            throw new IllegalArgumentException("solve: " + n + "×" + n + " matrix with a right-hand side of length " + b.length);
        }
        double[][] lu = copy(a);
        double[] x = b.clone();
        for (int k = 0; k < n; k++) {
            int p = pivot(lu, k);
            if (lu[p][k] == 0) {
                throw new ArithmeticException("solve: the matrix is singular (no pivot in column " + k + ")");
            }
            if (p != k) {
                double[] r = lu[p];
                lu[p] = lu[k];
                lu[k] = r;
                double t = x[p];
                x[p] = x[k];
                x[k] = t;
            }
            eliminate(lu, x, k);
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int j = i + 1; j < n; j++) {
                s -= lu[i][j] * x[j];
            }
            x[i] = s / lu[i][i];
        }
        return x;
    }

    private static int pivot(double[][] lu, int k) {
        int p = k;
        for (int i = k + 1; i < lu.length; i++) {
            if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                p = i;
            }
        }
        return p;
    }

    private static void eliminate(double[][] lu, double[] x, int k) {
        for (int i = k + 1; i < lu.length; i++) {
            double f = lu[i][k] / lu[k][k];
            for (int j = k; j < lu.length; j++) {
                lu[i][j] -= f * lu[k][j];
            }
            if (x != null) {
                x[i] -= f * x[k];
            }
        }
    }

    /**
     * Modified Gram–Schmidt QR of the columns of {@code y} (n×m, m ≤ n, full column rank): writes the
     * orthonormal columns into {@code q} (n×m) and returns the diagonal of R (all positive), r_jj =
     * the norm of column j after removing its components along columns 0..j−1.
     *
     * @throws ArithmeticException if a column is (numerically) dependent on the previous ones
     */
    public static double[] gramSchmidt(double[][] y, double[][] q) {
        int n = y.length;
        int m = y[0].length;
        double[] r = new double[m];
        double[] v = new double[n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                v[i] = y[i][j];
            }
            for (int pass = 0; pass < 2; pass++) { // re-orthogonalise once ("twice is enough")
                for (int l = 0; l < j; l++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += q[i][l] * v[i];
                    }
                    for (int i = 0; i < n; i++) {
                        v[i] -= dot * q[i][l];
                    }
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm = Math.hypot(norm, v[i]);
            }
            if (!(norm > 0) || !Double.isFinite(norm)) {
                throw new ArithmeticException("gramSchmidt: column " + j + " has norm " + norm + " after orthogonalisation");
            }
            r[j] = norm;
            for (int i = 0; i < n; i++) {
                q[i][j] = v[i] / norm;
            }
        }
        return r;
    }

    /**
     * The eigenvalues of a square real matrix as rows {re, im}, sorted by decreasing modulus (then by
     * decreasing real part, then imaginary part).
     *
     * <p>Method: the characteristic polynomial by the Faddeev–LeVerrier recurrence
     * (M_k = A·M_{k−1} + c_{n−k+1} I, c_{n−k} = −tr(A·M_k)/k), then all its roots at once by the
     * Durand–Kerner (Weierstrass) iteration in complex arithmetic, each root polished by Newton's method.
     * Simple eigenvalues come out to about n·κ·ε relative accuracy; a double eigenvalue (such as the pair
     * of Floquet multipliers 1 of a periodic orbit of a Hamiltonian system) only to about √ε.
     *
     * @throws IllegalArgumentException if the matrix is not square or not finite
     * @throws ArithmeticException if the root iteration does not converge
     */
    public static double[][] eigenvalues(double[][] a) {
        int n = requireSquare(a, "eigenvalues");
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("eigenvalues: the matrix has a non-finite entry " + v);
                }
            }
        }
        double[] c = characteristicPolynomial(a); // monic: λⁿ + c[n-1] λⁿ⁻¹ + … + c[0]
        double[][] roots = PolynomialRoots.roots(c);
        Arrays.sort(roots, Comparator.<double[]>comparingDouble(z -> -Math.hypot(z[0], z[1]))
                .thenComparingDouble(z -> -z[0]).thenComparingDouble(z -> -z[1]));
        return roots;
    }

    /**
     * The coefficients c_0..c_{n−1} of the monic characteristic polynomial det(λI − A) = λⁿ + Σ c_k λ^k
     * (Faddeev–LeVerrier).
     */
    public static double[] characteristicPolynomial(double[][] a) {
        int n = requireSquare(a, "characteristicPolynomial");
        double[] c = new double[n];
        double[][] m = new double[n][n];
        double coef = 1; // c_n
        for (int k = 1; k <= n; k++) {
            double[][] am = multiply(a, m);
            for (int i = 0; i < n; i++) {
                am[i][i] += coef;
            }
            m = am;
            double[][] amk = multiply(a, m);
            double tr = 0;
            for (int i = 0; i < n; i++) {
                tr += amk[i][i];
            }
            coef = -tr / k;
            c[n - k] = coef;
        }
        return c;
    }

    private static int requireSquare(double[][] a, String what) {
        int n = a.length;
        if (n == 0) {
            throw new IllegalArgumentException(what + ": empty matrix");
        }
        for (double[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException(what + ": the matrix is not square (" + n + " rows, a row of " + row.length + ")");
            }
        }
        return n;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
