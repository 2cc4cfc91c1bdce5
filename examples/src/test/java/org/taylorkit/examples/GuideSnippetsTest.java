package org.taylorkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user guide is tested: every {@code ```java} block in {@code docs/**.md} is compiled against
 * the project and run, and when an {@code ```output} block follows it, what the snippet printed must
 * equal that block line by line. A snippet's leading {@code import} lines become the class's imports;
 * the rest is the body of {@code main}.
 */
class GuideSnippetsTest {

    record Snippet(Path file, int line, String code, String expectedOutput) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    static Path docs() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("docs");
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> result = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docs())) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```java")) {
                    continue;
                }
                int start = i + 1;
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).strip().equals("```")) {
                    code.append(lines.get(i)).append('\n');
                    i++;
                }
                String expected = null;
                int j = i + 1;
                while (j < lines.size() && lines.get(j).isBlank()) {
                    j++;
                }
                if (j < lines.size() && lines.get(j).strip().equals("```output")) {
                    StringBuilder out = new StringBuilder();
                    j++;
                    while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                        out.append(lines.get(j)).append('\n');
                        j++;
                    }
                    expected = out.toString();
                    i = j;
                }
                result.add(new Snippet(file, start, code.toString(), expected));
            }
        }
        return result;
    }

    @Test
    void theGuideHasSnippets() throws IOException {
        assertThat(snippets()).as("java snippets under " + docs()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippetCompilesRunsAndPrintsWhatTheGuideSays(Snippet snippet) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.code().split("\n", -1)) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        String source = imports + "public class Snippet {\n    public static void main(String[] args) throws Exception {\n"
                + body + "    }\n}\n";
        Path dir = Files.createTempDirectory("guide-snippet");
        Path src = dir.resolve("Snippet.java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), src.toString());
        assertThat(status).as("snippet %s does not compile:%n%s%n%s", snippet, diagnostics, source).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("Snippet").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        if (snippet.expectedOutput() != null) {
            assertThat(printed.toString(StandardCharsets.UTF_8).strip().lines().map(String::stripTrailing).toList())
                    .as("output of snippet %s", snippet)
                    .isEqualTo(snippet.expectedOutput().strip().lines().map(String::stripTrailing).toList());
        }
    }
}
