package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;

/** Parsing and building systems, and the error messages for bad ODE text. */
class OdeSystemTest {

    @Test
    void parsesEquationsSeparatedBySemicolonsAndNewlines() {
        OdeSystem s = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y\n z' = x*y - beta*z;;\n",
                Set.of("beta", "rho", "sigma", "unused"));
        assertThat(s.variables()).containsExactly("x", "y", "z");
        assertThat(s.parameters()).containsExactly("sigma", "rho", "beta", "unused");
        assertThat(s.dimension()).isEqualTo(3);
        assertThat(s.rightHandSide("z")).isEqualTo(Expr.parse("x*y - beta*z", Set.of("beta")));
        assertThat(s.toString()).isEqualTo("x' = sigma * (y - x); y' = x * (rho - z) - y; z' = x * y - beta * z");
        assertThat(OdeSystem.parse(s.toString(), Set.copyOf(s.parameters())).rightHandSides()).isEqualTo(s.rightHandSides());
        assertThat(s.indexOf("y")).isEqualTo(1);
        assertThat(OdeSystem.parse("x'=t*x").rightHandSide("x")).isEqualTo(Expr.parse("t*x"));
    }

    @Test
    void builderResolvesSymbolsByName() {
        Expr x = Expr.variable("x");
        Expr v = Expr.variable("v");
        OdeSystem s = OdeSystem.builder().parameter("k")
                .equation("x", v)
                .equation("v", Expr.variable("k").negate().times(x).minus(Expr.parameter("c").times(v)))
                .build();
        assertThat(s.variables()).containsExactly("x", "v");
        assertThat(s.parameters()).containsExactly("k", "c"); // c declared by its kind
        OdeSystem parsed = OdeSystem.builder().parameter("w").equation("x", "w*t").build();
        assertThat(parsed.parameters()).containsExactly("w");
    }

    @Test
    void unknownSymbolIsNamedWithItsEquation() {
        OdeSyntaxException e = catchThrowableOfType(
                () -> OdeSystem.parse("x' = y; y' = -q*x", Set.of("k")), OdeSyntaxException.class);
        assertThat(e).hasMessage("unknown symbol 'q' in equation 2 \"y' = -q*x\": not a state variable (x, y),"
                + " the time t, or a parameter (k)");
        assertThat(e.equation()).isEqualTo(2);
        assertThatThrownBy(() -> OdeSystem.builder().equation("x", Expr.parse("x + w")).build())
                .hasMessageContaining("unknown symbol 'w' in equation 1 \"x' = x + w\"")
                .hasMessageContaining("none declared");
    }

    @Test
    void duplicateLeftHandSides() {
        OdeSyntaxException e = catchThrowableOfType(() -> OdeSystem.parse("x' = 1; y' = 2; x' = 3"), OdeSyntaxException.class);
        assertThat(e).hasMessage("duplicate equation for x' (equations 1 and 3)");
        assertThat(e.equation()).isEqualTo(3);
        assertThatThrownBy(() -> OdeSystem.builder().equation("x", Expr.parse("1")).equation("x", Expr.parse("2")))
                .hasMessageContaining("duplicate equation for x'");
    }

    @Test
    void missingPrimeOrEquals() {
        OdeSyntaxException noPrime = catchThrowableOfType(() -> OdeSystem.parse("x' = y; y = -x"), OdeSyntaxException.class);
        assertThat(noPrime).hasMessage("equation 2 \"y = -x\": expected NAME' = EXPRESSION (no ' after the state name)");
        assertThat(noPrime.column()).isEqualTo(9);
        OdeSyntaxException noEquals = catchThrowableOfType(() -> OdeSystem.parse("x' -x"), OdeSyntaxException.class);
        assertThat(noEquals).hasMessage("equation 1 \"x' -x\": expected '=' after x'");
        assertThatThrownBy(() -> OdeSystem.parse("2x' = 1")).hasMessageContaining("'2x' is not a valid state name");
        assertThatThrownBy(() -> OdeSystem.parse("t' = 1")).hasMessageContaining("'t' is reserved (the time)");
        assertThatThrownBy(() -> OdeSystem.parse(" ; \n ")).hasMessageContaining("no equation");
        // equations joined by a comma: the syntax error says how to separate them; a comma inside a call does not
        assertThatThrownBy(() -> OdeSystem.parse("x' = y, y' = -x"))
                .hasMessageContaining("column 10").hasMessageEndingWith("(separate equations with ';' or newlines, not ',')");
        assertThatThrownBy(() -> OdeSystem.parse("x' = atan2(y, x"))
                .hasMessageNotContaining("separate equations");
    }

    @Test
    void syntaxErrorsGiveTheEquationAndTheColumnInTheWholeText() {
        String text = "x' = sigma*(y - x); y' = x*(rho - z - y";
        OdeSyntaxException e = catchThrowableOfType(() -> OdeSystem.parse(text, Set.of("sigma", "rho")), OdeSyntaxException.class);
        assertThat(e.equation()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(text.length() + 1); // end of input
        assertThat(e).hasMessage("equation 2 \"y' = x*(rho - z - y\": column " + (text.length() + 1)
                + ": expected ')' but found end of input");
        OdeSyntaxException bad = catchThrowableOfType(() -> OdeSystem.parse("x' = 1\ny' = 2 $ x"), OdeSyntaxException.class);
        assertThat(bad.column()).isEqualTo(15); // the '$' is character 15 of the whole text
        assertThat(bad.getMessage()).startsWith("equation 2 \"y' = 2 $ x\": column 15: ");
    }

    @Test
    void namesThatCannotBeBothStateAndParameter() {
        assertThatThrownBy(() -> OdeSystem.parse("x' = x", Set.of("x"))).hasMessageContaining("both a state variable and a parameter");
        assertThatThrownBy(() -> OdeSystem.builder().parameter("t")).hasMessageContaining("'t' is the time");
        assertThatThrownBy(() -> OdeSystem.builder().build()).hasMessageContaining("at least one equation");
        assertThatThrownBy(() -> OdeSystem.parse("x' = x").indexOf("q")).hasMessageContaining("'q' is not a state variable");
    }
}
