package org.taylorkit.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A rigorous enclosure of π and the derived constants the trigonometric reductions need.
 *
 * <p><b>Source.</b> {@link #PI_DIGITS} is π truncated after 420 decimals (about 1395 bits), the
 * decimal expansion published as OEIS A000796 (and in every table of π); it was reproduced for this
 * file with Apfloat's {@code ApfloatMath.pi(460)} and with Machin's formula
 * {@code π = 16 atan(1/5) − 4 atan(1/239)} in {@code BigDecimal}, which agree to all digits shown.
 * {@code PiEnclosureTest} re-derives the enclosure independently (Machin with directed rounding
 * and alternating-series remainders). Because the digits are a truncation,
 * {@code PI_LO = digits ≤ π ≤ digits + 10^−420 = PI_HI}.
 *
 * <p><b>Cody–Waite parts of π/2.</b> For reductions of moderate arguments, π/2 is split as
 * {@code P1 + P2 + P3 + P4 + δ} with {@code P1}, {@code P2} of at most 32 significant bits (so that
 * {@code k·P1} and {@code k·P2} are exact doubles for integers {@code |k| < 2^21}), {@code P3},
 * {@code P4} full doubles, and {@code |δ| ≤ HALF_PI_EPS} (about 2^−170), all derived exactly from
 * the decimal enclosure in {@code BigDecimal} at class initialization.
 */
final class PiEnclosure {

    /** π truncated after 420 decimals (see the class comment for the source). */
    static final String PI_DIGITS =
            "3.14159265358979323846264338327950288419716939937510582097494459230781"
            + "6406286208998628034825342117067982148086513282306647093844609550582231"
            + "7253594081284811174502841027019385211055596446229489549303819644288109"
            + "7566593344612847564823378678316527120190914564856692346034861045432664"
            + "8213393607260249141273724587006606315588174881520920962829254091715364"
            + "3678925903600113305305488204665213841469519415116094330572703657595919"
            + "53";

    /** Lower bound of π: the truncated digits. */
    static final BigDecimal PI_LO = new BigDecimal(PI_DIGITS);
    /** Upper bound of π: the digits plus one unit in the last place. */
    static final BigDecimal PI_HI = PI_LO.add(BigDecimal.ONE.movePointLeft(420));

    /** The tightest double interval containing π. */
    static final Interval PI_INTERVAL =
            Interval.make(DirectedRounding.roundDown(PI_LO), DirectedRounding.roundUp(PI_HI));

    /** π, π/2, π/4, 2π as double-double intervals (width about 2^−105 relative). */
    static final DDInterval PI = DDInterval.enclose(PI_LO, PI_HI);
    static final DDInterval HALF_PI = PI.scalb(-1);
    static final DDInterval QUARTER_PI = PI.scalb(-2);
    static final DDInterval TWO_PI = PI.scalb(1);

    /** Bounds of π/2 as decimals (exact halves of the bounds of π). */
    static final BigDecimal HALF_PI_LO = PI_LO.divide(BigDecimal.valueOf(2));
    static final BigDecimal HALF_PI_HI = PI_HI.divide(BigDecimal.valueOf(2));

    /** Cody–Waite parts of π/2 (see the class comment). */
    static final double P1;
    static final double P2;
    static final double P3;
    static final double P4;
    /** Upper bound of {@code |π/2 − (P1 + P2 + P3 + P4)|}. */
    static final double HALF_PI_EPS;

    static {
        BigDecimal two31 = BigDecimal.valueOf(2).pow(31);
        BigDecimal two63 = BigDecimal.valueOf(2).pow(63);
        BigDecimal p1 = HALF_PI_LO.multiply(two31).setScale(0, RoundingMode.FLOOR)
                .divide(two31); // 32 bits: π/2 < 2, so the integer is < 2^32
        BigDecimal rest = HALF_PI_LO.subtract(p1);
        BigDecimal p2 = rest.multiply(two63).setScale(0, RoundingMode.FLOOR).divide(two63); // rest < 2^−31
        rest = rest.subtract(p2);
        double d3 = rest.doubleValue();
        rest = rest.subtract(new BigDecimal(d3));
        double d4 = rest.doubleValue();
        BigDecimal sum = p1.add(p2).add(new BigDecimal(d3)).add(new BigDecimal(d4));
        BigDecimal err = HALF_PI_LO.subtract(sum).abs().max(HALF_PI_HI.subtract(sum).abs());
        P1 = p1.doubleValue(); // exact: 32 significant bits
        P2 = p2.doubleValue(); // exact: at most 32 significant bits
        P3 = d3;
        P4 = d4;
        HALF_PI_EPS = DirectedRounding.roundUp(err);
        if (new BigDecimal(P1).compareTo(p1) != 0 || new BigDecimal(P2).compareTo(p2) != 0) {
            throw new ExceptionInInitializerError("Cody-Waite parts of pi/2 are not exact doubles");
        }
    }

    /** Precision (decimal digits) used for the quotient x/(π/2) in the huge-argument reduction. */
    static final MathContext QUOTIENT_CONTEXT = new MathContext(340, RoundingMode.HALF_EVEN);

    private PiEnclosure() {
    }
}
