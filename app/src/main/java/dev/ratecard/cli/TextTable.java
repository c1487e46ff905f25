package dev.ratecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as aligned columns: text to the left, figures to the right, two spaces between columns. */
final class TextTable {
    enum Align { LEFT, RIGHT }

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    TextTable left(String header) {
        headers.add(header);
        aligns.add(Align.LEFT);
        return this;
    }

    TextTable right(String header) {
        headers.add(header);
        aligns.add(Align.RIGHT);
        return this;
    }

    TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        print(out, "");
    }

    void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c] == null ? 0 : row[c].length());
            }
        }
        line(out, indent, headers.toArray(String[]::new), widths);
        for (String[] row : rows) {
            line(out, indent, row, widths);
        }
    }

    private void line(PrintWriter out, String indent, String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder(indent);
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "" : cells[c];
            String pad = " ".repeat(widths[c] - cell.length());
            if (c > 0) {
                s.append("  ");
            }
            s.append(aligns.get(c) == Align.RIGHT ? pad + cell : c == cells.length - 1 ? cell : cell + pad);
        }
        out.println(s.toString().stripTrailing());
    }
}
