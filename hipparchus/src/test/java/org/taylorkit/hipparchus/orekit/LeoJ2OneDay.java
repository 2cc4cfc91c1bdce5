package org.taylorkit.hipparchus.orekit;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.Field;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.MathArrays;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.FieldCartesianOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.FieldSpacecraftState;
import org.orekit.propagation.numerical.FieldNumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.time.TimeScalesFactory;
import org.orekit.utils.Constants;
import org.orekit.utils.FieldPVCoordinates;
import org.orekit.utils.PVCoordinates;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaFieldIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853FieldIntegrator;

/**
 * The Orekit scenario of the guide and the benchmark: a sun-synchronous-like LEO (a = 7000 km,
 * e = 0.001, i = 98°) in EME2000, dates in TAI, central attraction plus {@link J2OnlyPerturbation}
 * (EIGEN-5C μ, equatorial radius and J2 = −C20), Cartesian orbit type, propagated for one day by
 * {@link FieldNumericalPropagator} with a fixed-step classical Runge–Kutta integrator (120 s).
 *
 * <p>A fixed step makes the propagation one smooth map of the initial state, the same for every
 * field: the Taylor expansion computed over our elements is that map's, and direct propagations from
 * perturbed states are samples of it (an adaptive step would choose different steps for each).
 * None of this reads Orekit data files: EME2000 is a fixed rotation from GCRF, TAI needs no leap
 * seconds, and J2 is given as numbers.
 */
public final class LeoJ2OneDay {

    /** One day, in seconds. */
    public static final double DURATION = 86400.0;
    /** The integrator's step, in seconds. */
    public static final double STEP = 120.0;

    private static final Frame EME2000 = FramesFactory.getEME2000();
    private static final AbsoluteDate EPOCH = new AbsoluteDate(2025, 1, 1, 0, 0, 0.0, TimeScalesFactory.getTAI());
    private static final double MU = Constants.EIGEN5C_EARTH_MU;

    private LeoJ2OneDay() {
    }

    /** The initial position and velocity (m, m/s) in EME2000: x, y, z, vx, vy, vz. */
    public static double[] initialState() {
        KeplerianOrbit orbit = new KeplerianOrbit(7.0e6, 0.001, Math.toRadians(98.0), Math.toRadians(30.0),
                Math.toRadians(40.0), Math.toRadians(10.0), PositionAngleType.TRUE, EME2000, EPOCH, MU);
        PVCoordinates pv = orbit.getPVCoordinates();
        Vector3D p = pv.getPosition();
        Vector3D v = pv.getVelocity();
        return new double[] {p.getX(), p.getY(), p.getZ(), v.getX(), v.getY(), v.getZ()};
    }

    /**
     * Propagates the initial state {@code x0} (six elements of {@code field}: position and velocity
     * in EME2000) for one day and returns the final position and velocity.
     */
    public static <T extends CalculusFieldElement<T>> T[] propagate(Field<T> field, T[] x0) {
        return propagate(field, x0, new ClassicalRungeKuttaFieldIntegrator<>(field, field.getZero().newInstance(STEP)));
    }

    /**
     * As {@link #propagate(Field, Object[])} with Orekit's usual adaptive Dormand–Prince 8(5,3)
     * integrator at the given relative tolerance (absolute: a thousandth of it, in SI units): close to the
     * exact flow, for comparison with TaylorKit's own integrators.
     */
    public static <T extends CalculusFieldElement<T>> T[] propagateAccurately(Field<T> field, T[] x0, double tolerance) {
        return propagate(field, x0, new DormandPrince853FieldIntegrator<>(field, 1e-3, 600.0, 1e-3 * tolerance, tolerance));
    }

    /** The J2 problem as TaylorKit text, parameters {@code mu}, {@code re}, {@code j2} ({@link #parameters()}). */
    public static final String EQUATIONS_TEXT = ("x' = vx; y' = vy; z' = vz;"
            + " vx' = -mu*x/R3 * (1 + 1.5*j2*re^2/R2*(1 - 5*z^2/R2));"
            + " vy' = -mu*y/R3 * (1 + 1.5*j2*re^2/R2*(1 - 5*z^2/R2));"
            + " vz' = -mu*z/R3 * (1 + 1.5*j2*re^2/R2*(3 - 5*z^2/R2))")
            .replace("R3", "(x^2 + y^2 + z^2)^1.5").replace("R2", "(x^2 + y^2 + z^2)");

    /** The values of mu, re and j2 used by the Orekit propagation. */
    public static double[] parameters() {
        return new double[] {MU, Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS, -Constants.EIGEN5C_EARTH_C20};
    }

    private static <T extends CalculusFieldElement<T>> T[] propagate(Field<T> field, T[] x0,
                                                                  org.hipparchus.ode.FieldODEIntegrator<T> integrator) {
        T zero = field.getZero();
        FieldAbsoluteDate<T> epoch = new FieldAbsoluteDate<>(field, EPOCH);
        FieldPVCoordinates<T> pv = new FieldPVCoordinates<>(new FieldVector3D<>(x0[0], x0[1], x0[2]),
                new FieldVector3D<>(x0[3], x0[4], x0[5]));
        FieldCartesianOrbit<T> orbit = new FieldCartesianOrbit<>(pv, EME2000, epoch, zero.newInstance(MU));
        FieldNumericalPropagator<T> propagator = new FieldNumericalPropagator<>(field, integrator);
        propagator.setOrbitType(OrbitType.CARTESIAN);
        propagator.addForceModel(new J2OnlyPerturbation(MU, Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS,
                -Constants.EIGEN5C_EARTH_C20, EME2000));
        propagator.setInitialState(new FieldSpacecraftState<>(orbit));
        FieldSpacecraftState<T> end = propagator.propagate(epoch.shiftedBy(DURATION));
        FieldPVCoordinates<T> out = end.getPVCoordinates(EME2000);
        T[] r = MathArrays.buildArray(field, 6);
        r[0] = out.getPosition().getX();
        r[1] = out.getPosition().getY();
        r[2] = out.getPosition().getZ();
        r[3] = out.getVelocity().getX();
        r[4] = out.getVelocity().getY();
        r[5] = out.getVelocity().getZ();
        return r;
    }
}
