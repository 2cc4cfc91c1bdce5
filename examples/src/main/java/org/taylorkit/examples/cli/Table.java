package org.taylorkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns separated by two spaces; the first column right-aligned. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... header) {
        columns = header.length;
        rows.add(header);
    }

    void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns);
        }
        rows.add(cells);
    }

    void print(PrintWriter out) {
        print(out, "");
    }

    /** Prints the table with every line prefixed by {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder(indent);
            for (int i = 0; i < columns; i++) {
                String cell = r[i];
                if (i == 0) {
                    sb.append(" ".repeat(width[i] - cell.length())).append(cell);
                } else {
                    sb.append("  ").append(cell);
                    if (i < columns - 1) {
                        sb.append(" ".repeat(width[i] - cell.length()));
                    }
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
