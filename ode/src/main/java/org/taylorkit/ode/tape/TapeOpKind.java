package org.taylorkit.ode.tape;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;

/**
 * The elementary operations of a {@link TaylorTape}. Each computes coefficient k of its output slot
 * from coefficients 0..k of its inputs (and 0..k−1 of its output and auxiliaries) with the kernel
 * named here ({@code org.taylorkit.core.kernels.DoubleKernels}, {@code DoubleElementaryKernels}
 * and their generic counterparts). In {@link TapeOp}, {@code a} and {@code b} are input slots,
 * {@code aux1}/{@code aux2} auxiliary slots written by the kernel, and {@code n} an integer
 * exponent. A <em>scalar</em> operand is a constant slot, of which only coefficient 0 is read.
 */
public enum TapeOpKind {
    /** out = a + b ({@code add}). */
    ADD,
    /** out = a − b ({@code sub}). */
    SUB,
    /** out = −a ({@code neg}). */
    NEG,
    /** out = a · b ({@code mul}). */
    MUL,
    /** out = a / b, b_0 ≠ 0 ({@code div}); a may be a constant slot (c / b). */
    DIV,
    /** out = a + s, s the scalar in slot b ({@code addScalar}). */
    ADD_SCALAR,
    /** out = s − a, s the scalar in slot b ({@code neg} then {@code addScalar}). */
    SCALAR_SUB,
    /** out = s · a, s the scalar in slot b ({@code scale}). */
    SCALE,
    /** out = a / s, s the scalar in slot b: out_k = a_k / s (exact division, not a reciprocal). */
    DIV_SCALAR,
    /** out = a² ({@code sqr}, half the products of {@code mul}). */
    SQR,
    /** out = aⁿ for a negative integer n, a_0 ≠ 0 ({@code pow} with r = n). */
    POW_INT,
    /** out = a^s for the scalar s in slot b, a_0 &gt; 0 ({@code pow}). */
    POW,
    /** out = √a, a_0 &gt; 0 ({@code sqrt}). */
    SQRT,
    /** out = ∛a, a_0 ≠ 0 ({@code cbrt}). */
    CBRT,
    /** out = eᵃ ({@code exp}). */
    EXP,
    /** out = eᵃ − 1 ({@code expm1}). */
    EXPM1,
    /** out = ln a, a_0 &gt; 0 ({@code log}). */
    LOG,
    /** out = ln(1 + a), a_0 &gt; −1 ({@code log1p}). */
    LOG1P,
    /** out = sin a, aux1 = cos a ({@code sinCos}); cos a of the same argument shares this op. */
    SIN_COS,
    /** out = sinh a, aux1 = cosh a ({@code sinhCosh}); cosh a of the same argument shares this op. */
    SINH_COSH,
    /** out = tan a, aux1 = out² ({@code tan}). */
    TAN,
    /** out = tanh a, aux1 = out² ({@code tanh}). */
    TANH,
    /** out = asin a, aux1 = √(1 − a²), |a_0| &lt; 1 ({@code asin}). */
    ASIN,
    /** out = acos a, aux1 = √(1 − a²), |a_0| &lt; 1 ({@code acos}). */
    ACOS,
    /** out = atan a, aux1 = 1 + a² ({@code atan}). */
    ATAN,
    /** out = asinh a, aux1 = √(a² + 1) ({@code asinh}). */
    ASINH,
    /** out = acosh a, aux1 = √(a² − 1), a_0 &gt; 1 ({@code acosh}). */
    ACOSH,
    /** out = atanh a, aux1 = 1 − a², |a_0| &lt; 1 ({@code atanh}). */
    ATANH,
    /** out = erf a, aux1 = (2/√π)e^{−a²}, aux2 = a² ({@code erf}). */
    ERF,
    /** out = atan2(a, b) (a = y, b = x), aux1 = a² + b², aux1_0 ≠ 0 ({@code atan2}). */
    ATAN2,
    /**
     * out = |a| = sign(a_0)·a: out_k = a_k for a_0 ≥ 0 and −a_k for a_0 &lt; 0. The branch is chosen
     * from a_0 at every step, so the series is that of the side of 0 where a_0 lies; |a| is not
     * differentiable where a crosses 0, and a step that crosses it is accurate only to the order of
     * the kink (use an event at a = 0 to stop there).
     */
    ABS,
    /**
     * out = c + Σ_j σ_j·c_j·v_j: a linear combination of series v_j (the {@link TapeOp#terms()}) with
     * scalar coefficients c_j (constant slots, or 1) and signs σ_j = ±1, plus the scalar c in slot
     * {@code a} (or nothing when {@code a} is −1): out_0 = c + Σ σ_j c_j v_{j,0},
     * out_k = Σ σ_j c_j v_{j,k} for k ≥ 1, summed left to right in term order. The tape builder folds
     * chains of {@link #ADD}, {@link #SUB}, {@link #NEG}, {@link #SCALE}, {@link #ADD_SCALAR} and
     * {@link #SCALAR_SUB} whose intermediate results are used once into one such operation; a
     * product of coefficients is itself a folded constant (evaluated in the runner's arithmetic,
     * so over intervals it is an enclosure and the result stays rigorous).
     */
    LINEAR_COMBINATION,
    /**
     * out = f(a) for a catalogue function f without a specialised kind ({@link TapeOp#function()}),
     * aux1 and aux2 its auxiliary series (consecutive slots): run by f's own kernels, interpreted.
     */
    FUNCTION;

    /**
     * The catalogue function this kind computes into its output slot ({@code SIN_COS}: sin,
     * {@code SINH_COSH}: sinh), or null for the arithmetic kinds and {@link #FUNCTION} (whose
     * function is the operation's own).
     */
    public ElementaryFunction function() {
        switch (this) {
            case SQRT: return Functions.SQRT;
            case CBRT: return Functions.CBRT;
            case EXP: return Functions.EXP;
            case EXPM1: return Functions.EXPM1;
            case LOG: return Functions.LOG;
            case LOG1P: return Functions.LOG1P;
            case SIN_COS: return Functions.SIN;
            case SINH_COSH: return Functions.SINH;
            case TAN: return Functions.TAN;
            case TANH: return Functions.TANH;
            case ASIN: return Functions.ASIN;
            case ACOS: return Functions.ACOS;
            case ATAN: return Functions.ATAN;
            case ASINH: return Functions.ASINH;
            case ACOSH: return Functions.ACOSH;
            case ATANH: return Functions.ATANH;
            case ERF: return Functions.ERF;
            case ABS: return Functions.ABS;
            default: return null;
        }
    }
}
