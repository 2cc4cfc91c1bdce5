package org.taylorkit.examples.cli;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files the commands write ({@code --out}, {@code --plot}, {@code --flowpipe}): checked before a run
 * ({@link #check}), so that a typo in a directory does not cost the integration, and written through
 * {@link #write}, so that every failure is one line {@code <option>: cannot write <file> (<reason>)}, the
 * reason taken from the exception's type ({@code no such directory}, {@code permission denied},
 * {@code it is a directory}, ...) rather than the bare file name some exceptions carry as their message.
 * Stateless.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Writing (or opening) an output file. */
    @FunctionalInterface
    interface Io<T> {
        /** Does the I/O. */
        T run() throws IOException;
    }

    /**
     * Checks, before any computation, that {@code file} (when not null) can be created or replaced: its
     * directory exists and is writable and the file is not a directory.
     *
     * @throws IllegalArgumentException {@code <option>: cannot write <file> (<reason>)}
     */
    static void check(String option, File file) {
        if (file == null) {
            return;
        }
        Path path = file.toPath().toAbsolutePath();
        Path dir = path.getParent();
        if (Files.isDirectory(path)) {
            throw cannotWrite(option, file, "it is a directory");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw cannotWrite(option, file, Files.exists(dir) ? dir + " is not a directory" : "no such directory");
        }
        if (dir != null && !(Files.exists(path) ? Files.isWritable(path) : Files.isWritable(dir))) {
            throw cannotWrite(option, file, "permission denied");
        }
    }

    /**
     * Runs {@code io}, which writes {@code file}, turning an {@link IOException} (or an
     * {@link UncheckedIOException}) into the one-line error.
     *
     * @return what {@code io} returns (e.g. an opened writer)
     * @throws IllegalArgumentException {@code <option>: cannot write <file> (<reason>)}
     */
    static <T> T write(String option, File file, Io<T> io) {
        try {
            return io.run();
        } catch (IOException e) {
            throw cannotWrite(option, file, reason(file, e), e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(option, file, reason(file, e.getCause()), e);
        }
    }

    /** The reason of a failed write, from the exception's type and, for the generic ones, its message. */
    static String reason(File file, IOException e) {
        Path dir = file.toPath().toAbsolutePath().getParent();
        boolean noDir = dir != null && !Files.isDirectory(dir);
        if (e instanceof NoSuchFileException) {
            return noDir ? "no such directory" : "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage();
        if (e instanceof FileNotFoundException && m != null && m.endsWith(")") && m.contains(" (")) {
            // FileOutputStream: "<path> (No such file or directory)"
            String r = m.substring(m.lastIndexOf(" (") + 2, m.length() - 1).toLowerCase(Locale.ROOT);
            return noDir && r.startsWith("no such file") ? "no such directory" : r;
        }
        return m == null || m.isBlank() || m.equals(file.getPath()) ? e.getClass().getSimpleName() : m;
    }

    private static IllegalArgumentException cannotWrite(String option, File file, String reason) {
        return cannotWrite(option, file, reason, null);
    }

    private static IllegalArgumentException cannotWrite(String option, File file, String reason, Exception cause) {
        return new IllegalArgumentException(option + ": cannot write " + file + " (" + reason + ")", cause);
    }
}
