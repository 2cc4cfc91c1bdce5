package org.taylorkit.ode.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.validated.ValidatedSolution;

/** Apfloat, jet and validated-box ensembles go through the same machinery and equal their single runs. */
class OtherNumberTypesEnsembleTest {

    /** The harmonic oscillator x' = y, y' = -w²x: x(t) = x0 cos wt + (y0/w) sin wt (closed form). */
    static final EnsembleSpec OSCILLATOR = EnsembleSpec.of("x' = y; y' = -w^2*x", "0", "1").withParameter("w", "1");

    @Test
    void apfloatMembersEqualSingleRunsAndTheClosedFormTo40Digits() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(45);
        List<FieldMember<Apfloat>> members = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Apfloat[] x0 = {new Apfloat(i, 45), new Apfloat(0, 45)};
            Apfloat[] p = i % 2 == 0 ? null : new Apfloat[] {new Apfloat(i, 45)};
            members.add(new FieldMember<>(x0, p));
        }
        List<FieldMemberResult<Apfloat>> results = Ensemble.builder(FieldMemberRunner.factory(OSCILLATOR, ar)).threads(2).window(2)
                .build().collect(members);
        for (int i = 0; i < members.size(); i++) {
            FieldMember<Apfloat> m = members.get(i);
            var single = FieldMemberRunner.integrator(OSCILLATOR, ar);
            if (m.parameters() != null) {
                single.setParameter("w", m.parameters()[0]);
            }
            var s = single.integrate(new Apfloat(0, 45), m.state(), new Apfloat(1, 45));
            FieldMemberResult<Apfloat> r = results.get(i);
            assertThat(r.state()).as("member %d", i).containsExactly(s.state());
            assertThat(r.steps()).isEqualTo(s.steps());
            Apfloat w = m.parameters() == null ? new Apfloat(1, 45) : m.parameters()[0];
            Apfloat exact = m.state()[0].multiply(ApfloatMath.cos(w));
            assertThat(r.state()[0].subtract(exact).doubleValue()).as("member %d", i).isLessThan(1e-40 * (i + 1)).isGreaterThan(-1e-40 * (i + 1));
        }
    }

    @Test
    void jetMembersEqualSingleRunsAndCarryTheStateTransitionMatrix() {
        Ensemble<Member, JetOutcome> e = Ensemble.builder(JetMemberRunner.factory(OSCILLATOR, 2)).threads(2).build();
        List<Member> members = List.of(Member.of(1, 0), Member.of(0, 1), new Member(new double[] {2, 0}, new double[] {2}));
        List<JetOutcome> results = e.collect(members);
        for (int i = 0; i < members.size(); i++) {
            JetOutcome r = results.get(i);
            assertThat(r.completed()).isTrue();
            JetFlow single = JetMemberRunner.factory(OSCILLATOR, 2).get().run(members.get(i)).flow();
            for (int k = 0; k < 2; k++) {
                assertThat(r.flow().state(k).coefficients()).containsExactly(single.state(k).coefficients());
            }
        }
        // the flow of a linear system is linear: the STM of w = 1 over t = 1 is [[cos 1, sin 1], [-sin 1, cos 1]]
        double[][] stm = results.get(0).flow().stm();
        assertThat(stm[0][0]).isCloseTo(Math.cos(1), org.assertj.core.data.Offset.offset(1e-14));
        assertThat(stm[0][1]).isCloseTo(Math.sin(1), org.assertj.core.data.Offset.offset(1e-14));
        assertThat(stm[1][0]).isCloseTo(-Math.sin(1), org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void validatedBoxesEncloseTheDoubleRunsOfTheirSampledPoints() {
        EnsembleSpec vdp = EnsembleSpec.of("x' = y; y' = mu*(1 - x^2)*y - x", "0", "1").withParameter("mu", "1");
        List<Interval[]> boxes = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 8; i++) {
            double x = r.nextDouble(-2, 2);
            double y = r.nextDouble(-2, 2);
            boxes.add(new Interval[] {Interval.of(x - 1e-3, x + 1e-3), Interval.of(y - 1e-3, y + 1e-3)});
        }
        List<ValidatedSolution> results = Ensemble.builder(BoxMemberRunner.factory(vdp)).threads(2).build().collect(boxes);
        Ensemble<Member, MemberResult> points = Ensemble.builder(DoubleMemberRunner.factory(vdp)).threads(2).build();
        for (int i = 0; i < boxes.size(); i++) {
            Interval[] box = boxes.get(i);
            ValidatedSolution v = results.get(i);
            assertThat(v.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
            ValidatedSolution single = BoxMemberRunner.factory(vdp).get().run(box);
            for (int k = 0; k < 2; k++) {
                assertThat(v.enclosure()[k].inf()).isEqualTo(single.enclosure()[k].inf());
                assertThat(v.enclosure()[k].sup()).isEqualTo(single.enclosure()[k].sup());
            }
            // independent check: the double run from a point of the box ends inside the enclosure
            MemberResult p = points.collect(List.of(Member.of(box[0].mid(), box[1].mid()))).get(0);
            assertThat(p.status()).isEqualTo(StopReason.COMPLETED);
            for (int k = 0; k < 2; k++) {
                assertThat(v.enclosure()[k].contains(p.state()[k])).as("box %d component %d", i, k).isTrue();
            }
        }
    }
}
