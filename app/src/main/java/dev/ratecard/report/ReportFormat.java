package dev.ratecard.report;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file a report is written as. */
public enum ReportFormat implements Keyed {
    /** For reading and sending on: paginated, with charts. */
    PDF("pdf", "PDF document"),
    /** For working on: one sheet per table, numbers as numbers. */
    XLSX("xlsx", "Excel workbook"),
    /** For scripts: one CSV file per table, in a zip. */
    CSV("zip", "CSV files (zip)");

    private final String extension;
    private final String description;

    ReportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The file name extension the written file takes, without the dot. */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromKey(String key) {
        return Keyed.fromKey(ReportFormat.class, key);
    }
}
