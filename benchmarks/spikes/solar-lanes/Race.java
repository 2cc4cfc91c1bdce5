import java.lang.management.*;
import java.util.*;
public class Race {
  public static void main(String[] a) {
    double[] x0 = {0, 0, 0, -3.5023653, -3.8169847, -1.5507963, 9.0755314, -3.0458353, -1.6483708, 8.3101420, -16.2901086, -7.2521278,
        11.4707666, -25.7294829, -10.8169456, -15.5387357, -25.2225594, -3.1902382,
        0, 0, 0, 0.00565429, -0.00412490, -0.00190589, 0.00168318, 0.00483525, 0.00192462, 0.00354178, 0.00137102, 0.00055029,
        0.00288930, 0.00114527, 0.00039677, 0.00276725, -0.00170702, -0.00136504};
    int S = 21;
    double[] cs = new double[ScalarGen.NS], vs = new double[4];
    double[] cl = new double[ScalarGen.NS], vl = new double[LaneGen.NV];
    for (int i = 0; i < 36; i++) cs[i * S] = x0[i];
    for (int b = 0; b < 6; b++) for (int c = 0; c < 3; c++) { vl[(b * S) * 4 + c] = x0[b * 3 + c]; vl[((6 + b) * S) * 4 + c] = x0[18 + b * 3 + c]; }
    ThreadMXBean th = ManagementFactory.getThreadMXBean();
    long w = th.getCurrentThreadCpuTime();
    while (th.getCurrentThreadCpuTime() - w < 8e9) { ScalarGen.run(cs, vs); LaneGen.run(cl, vl); }
    double md = 0;
    for (int b = 0; b < 6; b++) for (int c = 0; c < 3; c++) for (int k = 0; k <= 20; k++) {
      double s = cs[(b * 3 + c) * S + k], l = vl[(b * S + k) * 4 + c];
      md = Math.max(md, Math.abs(s - l) / Math.max(1e-300, Math.abs(s)));
    }
    int R = 21, N = 20000; double[] ts = new double[R], tl = new double[R];
    for (int r = 0; r < R; r++) {
      long c0 = th.getCurrentThreadCpuTime(); for (int i = 0; i < N; i++) ScalarGen.run(cs, vs); ts[r] = (th.getCurrentThreadCpuTime() - c0) / (double) N;
      c0 = th.getCurrentThreadCpuTime(); for (int i = 0; i < N; i++) LaneGen.run(cl, vl); tl[r] = (th.getCurrentThreadCpuTime() - c0) / (double) N;
    }
    Arrays.sort(ts); Arrays.sort(tl);
    System.out.printf(Locale.ROOT, "straight-line, expansion to order 19: scalar %.0f ns, lanes %.0f ns, ratio %.3f; max relative difference %.2e%n", ts[R/2], tl[R/2], tl[R/2]/ts[R/2], md);
  }
}
