package org.taylorkit.core.expr;

import org.taylorkit.core.ElementaryFunction;
import java.util.Map;
import java.util.TreeMap;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/** Boxed-double arithmetic that counts how often each operation is called. */
final class CountingArithmetic implements Arithmetic<Double> {

    private static final BoxedDoubleArithmetic D = BoxedDoubleArithmetic.INSTANCE;
    final Map<String, Integer> counts = new TreeMap<>();

    private <T> T count(String name, T result) {
        counts.merge(name, 1, Integer::sum);
        return result;
    }

    int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override public Double zero() { return count("zero", D.zero()); }
    @Override public Double one() { return count("one", D.one()); }
    @Override public Double fromDouble(double v) { return count("fromDouble", D.fromDouble(v)); }
    @Override public Double fromDecimal(String s) { return count("fromDecimal", D.fromDecimal(s)); }
    @Override public Double pi() { return count("pi", D.pi()); }
    @Override public Double[] newArray(int n) { return D.newArray(n); }
    @Override public Double add(Double a, Double b) { return count("add", D.add(a, b)); }
    @Override public Double subtract(Double a, Double b) { return count("subtract", D.subtract(a, b)); }
    @Override public Double negate(Double a) { return count("negate", D.negate(a)); }
    @Override public Double multiply(Double a, Double b) { return count("multiply", D.multiply(a, b)); }
    @Override public Double multiply(Double a, int n) { return count("multiplyInt", D.multiply(a, n)); }
    @Override public Double scale(Double a, double s) { return count("scale", D.scale(a, s)); }
    @Override public Double divide(Double a, Double b) { return count("divide", D.divide(a, b)); }
    @Override public Double divide(Double a, int n) { return count("divideInt", D.divide(a, n)); }
    @Override public boolean isZero(Double a) { return D.isZero(a); }
    @Override public int signum(Double a) { return D.signum(a); }
    @Override public double toDouble(Double a) { return D.toDouble(a); }
    @Override public double norm(Double a) { return D.norm(a); }
    @Override public Double apply(ElementaryFunction f, Double a) { return count(f.name(), D.apply(f, a)); }
    @Override public Double pow(Double a, int n) { return count("powInt", D.pow(a, n)); }
    @Override public Double pow(Double a, Double b) { return count("pow", D.pow(a, b)); }
    @Override public Double atan2(Double y, Double x) { return count("atan2", D.atan2(y, x)); }
}
