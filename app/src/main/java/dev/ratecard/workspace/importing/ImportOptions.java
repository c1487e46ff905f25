package dev.ratecard.workspace.importing;

import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.UsageFormat;

import java.time.ZoneId;

/**
 * What the user asked of one import.
 *
 * @param format          the format to read the file as, or {@code null} to detect it from the content
 * @param timeZone        the zone of timestamps written without one, or {@code null} for the settings' zone
 * @param mapping         the column mapping of a CSV no built-in reader knows, or {@code null}; given, the file
 *                        is read as {@link UsageFormat#MAPPED_CSV}
 * @param skipInvalidRows import the valid rows of a file that has rows with errors (the errors are stored with
 *                        the batch); without it such a file is refused whole
 */
public record ImportOptions(UsageFormat format, ZoneId timeZone, ColumnMapping mapping, boolean skipInvalidRows) {
    public ImportOptions {
        if (mapping != null && format != null && format != UsageFormat.MAPPED_CSV) {
            throw new IllegalArgumentException("a column mapping reads a file as " + UsageFormat.MAPPED_CSV.id()
                    + ", not as " + format.id());
        }
        if (mapping != null) {
            format = UsageFormat.MAPPED_CSV;
        }
    }

    /** Detect the format, the settings' time zone, no mapping, refuse files with bad rows. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, false);
    }

    public ImportOptions withFormat(UsageFormat newFormat) {
        return new ImportOptions(newFormat, timeZone, mapping, skipInvalidRows);
    }

    public ImportOptions withTimeZone(ZoneId zone) {
        return new ImportOptions(format, zone, mapping, skipInvalidRows);
    }

    public ImportOptions withMapping(ColumnMapping columnMapping) {
        return new ImportOptions(format, timeZone, columnMapping, skipInvalidRows);
    }

    public ImportOptions withSkipInvalidRows(boolean skip) {
        return new ImportOptions(format, timeZone, mapping, skip);
    }
}
