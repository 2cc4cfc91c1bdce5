package org.taylorkit.examples.cli;

import java.io.PrintStream;

/**
 * The progress line the long-running commands draw on standard error, only when a terminal is attached
 * and the output is for humans: drawn after the first second, at most five times a second, each drawing
 * overwriting the last ({@code \r}), and cleared by {@link #finish()}. Subclasses say what the line holds.
 */
abstract class TerminalProgress {

    private final PrintStream err = System.err;
    private final long start = System.nanoTime();
    private long lastDraw;
    /** The longest line drawn (0: none), the width {@link #finish()} clears. */
    private int widest;

    /** Whether a progress line belongs on standard error: a terminal is attached and the output is not JSON. */
    static boolean interactive(boolean json) {
        return !json && System.console() != null;
    }

    /** Whether a line is due now (after the first second, at most five a second); if so, it counts as drawn now. */
    protected final boolean due() {
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastDraw < 200_000_000L) {
            return false;
        }
        lastDraw = now;
        return true;
    }

    /** Prints {@code line} (starting with {@code \r} to overwrite the previous one). */
    protected final void draw(String line) {
        widest = Math.max(widest, line.length());
        err.print(line);
        err.flush();
    }

    /** Clears the line, if one was drawn. */
    final void finish() {
        if (widest > 0) {
            err.print("\r" + " ".repeat(widest) + "\r");
            err.flush();
        }
    }
}
