package org.taylorkit.interval.itf1788;

import java.util.List;

/**
 * One ITL test line {@code op args = results [signal S …];}, with where it came from.
 *
 * @param file the {@code .itl} file name
 * @param testcase the enclosing {@code testcase} block
 * @param line the 1-based line of the statement in the file
 * @param operation the ITL operation name ({@code exp}, {@code b-textToInterval}, …)
 * @param args the arguments in order
 * @param results the expected results (two for {@code mulRevToPair})
 * @param signals the exception names the standard requires ({@code UndefinedOperation}, …)
 */
record ItlVector(String file, String testcase, int line, String operation, List<ItlValue> args,
        List<ItlValue> results, List<String> signals) {

    /** True when an argument or result is decorated (the vector tests the decorated operation). */
    boolean decorated() {
        return args.stream().anyMatch(ItlValue::isDecorated) || results.stream().anyMatch(ItlValue::isDecorated);
    }

    /** The vector as ITL text, for failure messages. */
    String source() {
        StringBuilder b = new StringBuilder(operation);
        args.forEach(a -> b.append(' ').append(a));
        b.append(" =");
        results.forEach(r -> b.append(' ').append(r));
        signals.forEach(s -> b.append(" signal ").append(s));
        return b.append(";  (").append(file).append(':').append(line).append(", ").append(testcase).append(')').toString();
    }
}
