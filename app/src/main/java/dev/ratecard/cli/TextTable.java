package dev.ratecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: a header, aligned columns, figures right-aligned on their last digit. */
final class TextTable {
    enum Align { LEFT, RIGHT }

    private record Column(String header, Align align) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    TextTable left(String header) {
        columns.add(new Column(header, Align.LEFT));
        return this;
    }

    TextTable right(String header) {
        columns.add(new Column(header, Align.RIGHT));
        return this;
    }

    void row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + columns.size() + " columns has " + cells.length + " cells");
        }
        rows.add(List.of(cells));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).header().length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        line(out, widths, columns.stream().map(Column::header).toList());
        rows.forEach(row -> line(out, widths, row));
    }

    private void line(PrintWriter out, int[] widths, List<String> cells) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - cell.length());
            text.append(columns.get(c).align() == Align.RIGHT ? padding + cell : cell + padding);
            text.append(c < widths.length - 1 ? "  " : "");
        }
        out.println(text.toString().stripTrailing());
    }
}
