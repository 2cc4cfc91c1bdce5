package org.taylorkit.interval;

/**
 * Receives the IEEE 1788-2015 exception signals (§7.5.6) that an operation raises instead of
 * throwing: where the standard says "return ∅ (or NaI) and signal UndefinedOperation" — an
 * invalid interval literal, for example — we return that value and call the listener, so a
 * caller can choose to ignore, record or escalate. Programmer errors (null text) still throw.
 *
 * <p>Use {@link #IGNORE}, a lambda, or a {@link Flag} to observe whether a signal was raised.
 */
@FunctionalInterface
public interface IntervalSignal {

    /** A listener that does nothing. */
    IntervalSignal IGNORE = (condition, detail) -> { };

    /**
     * Called once per signal.
     *
     * @param condition the standard's name of the exception ({@code "UndefinedOperation"})
     * @param detail    what was wrong, naming the input
     */
    void raise(String condition, String detail);

    /** A listener that remembers the last signal (not thread-safe: one per computation). */
    final class Flag implements IntervalSignal {
        private String condition;
        private String detail;

        @Override
        public void raise(String condition, String detail) {
            this.condition = condition;
            this.detail = detail;
        }

        /** Whether any signal was raised. */
        public boolean raised() {
            return condition != null;
        }

        /** The last condition raised, or null. */
        public String condition() {
            return condition;
        }

        /** The detail of the last signal, or null. */
        public String detail() {
            return detail;
        }
    }
}
