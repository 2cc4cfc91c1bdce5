package org.taylorkit.examples.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * JSON output through Gson. Finite doubles become JSON numbers with the shortest round-tripping
 * decimal ({@link ShortestDecimal}); non-finite ones, which JSON cannot hold, become the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
final class Json {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }

    static JsonElement number(double v) {
        if (!Double.isFinite(v)) {
            return new JsonPrimitive(ShortestDecimal.format(v));
        }
        return new JsonPrimitive(ShortestDecimal.toBigDecimal(v));
    }

    static JsonArray numbers(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    static String print(JsonElement e) {
        return GSON.toJson(e);
    }
}
