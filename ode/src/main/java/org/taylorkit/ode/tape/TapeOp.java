package org.taylorkit.ode.tape;

/**
 * One operation of a {@link TaylorTape}: {@code out = kind(a, b)}, with auxiliary slots and an
 * integer exponent where the kind needs them; unused fields are −1 ({@code n} is 0). Slots index
 * the tape's series (see {@link TaylorTape} for the layout). Immutable.
 *
 * @param kind the operation
 * @param out the output slot
 * @param a the first input slot
 * @param b the second input slot (a scalar's constant slot for the scalar kinds), or −1
 * @param aux1 the first auxiliary output slot, or −1
 * @param aux2 the second auxiliary output slot, or −1
 * @param n the integer exponent of {@link TapeOpKind#POW_INT}, else 0
 */
public record TapeOp(TapeOpKind kind, int out, int a, int b, int aux1, int aux2, int n) {

    /** E.g. {@code u7 = mul(u3, u5)}, {@code u9, u10 = sin_cos(u2)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("u").append(out);
        if (aux1 >= 0) {
            sb.append(", u").append(aux1);
        }
        if (aux2 >= 0) {
            sb.append(", u").append(aux2);
        }
        sb.append(" = ").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append("(u").append(a);
        if (b >= 0) {
            sb.append(", u").append(b);
        }
        if (kind == TapeOpKind.POW_INT) {
            sb.append(", ").append(n);
        }
        return sb.append(')').toString();
    }
}
