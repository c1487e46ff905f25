package dev.ratecard.importers.usage;

import dev.ratecard.importers.text.CsvHeader;

import java.util.List;

/**
 * Reads a format row by row through {@link Row}, which hides where the values come from: from a CSV (fields
 * bound to the header once, then {@link #read} for each row) or, through {@link JsonRowsReader}, from the
 * objects of a JSON export with the same field names.
 */
non-sealed interface RowReader extends FormatReader {
    FieldSet fields();

    /**
     * Header checks beyond the required fields: add to {@code problems} each reason the file cannot be read,
     * or warn through the session.
     */
    default void checkHeader(CsvHeader header, Cells columns, List<HeaderProblem> problems, ReadSession session) {
    }

    /** Converts the current row: emit through the session, skip with a reason, or throw {@link RowProblem}. */
    void read(Row row, ReadSession session);
}
