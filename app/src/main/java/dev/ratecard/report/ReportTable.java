package dev.ratecard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table of a report, the same for every writer: a sheet of the XLSX, a file of the CSV zip, a table in the PDF.
 *
 * @param id a stable lower-case name ({@code comparison}), used as the CSV file's and the sheet's name
 */
public record ReportTable(String id, String title, List<Column> columns, List<List<Cell>> rows) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public ReportTable {
        Objects.requireNonNull(title, "title");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a table id is lower-case letters, digits and dashes: " + id);
        }
        columns = List.copyOf(columns);
        List<List<Cell>> copied = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + " has " + columns.size() + " columns but a row of "
                        + row.size() + ": " + row);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The same rows with a first column holding {@code label}: how tables of several scenarios are put together. */
    public ReportTable prefixed(String header, String label) {
        List<Column> withLabel = new ArrayList<>();
        withLabel.add(Column.of(header, 2));
        withLabel.addAll(columns);
        List<List<Cell>> labelled = rows.stream().map(row -> {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(label));
            cells.addAll(row);
            return (List<Cell>) cells;
        }).toList();
        return new ReportTable(id, title, withLabel, labelled);
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns;
        private final List<List<Cell>> rows = new ArrayList<>();

        public Builder(String id, String title, Column... columns) {
            this.id = id;
            this.title = title;
            this.columns = List.of(columns);
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public ReportTable build() {
            return new ReportTable(id, title, columns, rows);
        }
    }
}
