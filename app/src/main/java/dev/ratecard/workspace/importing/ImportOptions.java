package dev.ratecard.workspace.importing;

import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.text.SlashDateOrder;
import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.FocusCostColumn;
import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.importers.usage.UsageFormat;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the user asked of one import.
 *
 * @param format           the format to read the file as, or {@code null} to detect it from the content
 * @param timeZone         the zone of timestamps written without one, or {@code null} for the settings' zone
 * @param mapping          the column mapping of a CSV no built-in reader knows, or {@code null}; given, the file
 *                         is read as {@link UsageFormat#MAPPED_CSV}
 * @param decimalSeparator decides {@code 1,234} against {@code 1.234} where a value alone cannot
 * @param slashDateOrder   how {@code 5/1/25} is read
 * @param focusCost        which FOCUS cost column becomes the reported cost
 * @param skipInvalidRows  import the valid rows of a file that has rows with errors (the errors are stored with
 *                         the batch); without it such a file is refused whole
 */
public record ImportOptions(UsageFormat format, ZoneId timeZone, ColumnMapping mapping, DecimalSeparator decimalSeparator,
                            SlashDateOrder slashDateOrder, FocusCostColumn focusCost, boolean skipInvalidRows) {
    public ImportOptions {
        if (mapping != null && format != null && format != UsageFormat.MAPPED_CSV) {
            throw new IllegalArgumentException("a column mapping reads a file as " + UsageFormat.MAPPED_CSV.id()
                    + ", not as " + format.id());
        }
        if (mapping != null) {
            format = UsageFormat.MAPPED_CSV;
        }
        Objects.requireNonNull(decimalSeparator, "decimalSeparator");
        Objects.requireNonNull(slashDateOrder, "slashDateOrder");
        Objects.requireNonNull(focusCost, "focusCost");
    }

    /** Detect the format, the settings' time zone, the readers' defaults, refuse files with bad rows. */
    public static ImportOptions defaults() {
        ReadOptions read = ReadOptions.defaults();
        return new ImportOptions(null, null, null, read.decimalSeparator(), read.slashDateOrder(), read.focusCost(), false);
    }

    public ImportOptions withFormat(UsageFormat newFormat) {
        return new ImportOptions(newFormat, timeZone, mapping, decimalSeparator, slashDateOrder, focusCost, skipInvalidRows);
    }

    public ImportOptions withTimeZone(ZoneId zone) {
        return new ImportOptions(format, zone, mapping, decimalSeparator, slashDateOrder, focusCost, skipInvalidRows);
    }

    public ImportOptions withMapping(ColumnMapping columnMapping) {
        return new ImportOptions(format, timeZone, columnMapping, decimalSeparator, slashDateOrder, focusCost, skipInvalidRows);
    }

    public ImportOptions withDecimalSeparator(DecimalSeparator separator) {
        return new ImportOptions(format, timeZone, mapping, separator, slashDateOrder, focusCost, skipInvalidRows);
    }

    public ImportOptions withSlashDateOrder(SlashDateOrder order) {
        return new ImportOptions(format, timeZone, mapping, decimalSeparator, order, focusCost, skipInvalidRows);
    }

    public ImportOptions withFocusCost(FocusCostColumn column) {
        return new ImportOptions(format, timeZone, mapping, decimalSeparator, slashDateOrder, column, skipInvalidRows);
    }

    public ImportOptions withSkipInvalidRows(boolean skip) {
        return new ImportOptions(format, timeZone, mapping, decimalSeparator, slashDateOrder, focusCost, skip);
    }

    /** The readers' options for a file of {@code chosenFormat}, its zone-less times read in {@code zone}. */
    public ReadOptions readOptions(UsageFormat chosenFormat, ZoneId zone) {
        ReadOptions read = ReadOptions.defaults().withFormat(chosenFormat).withNaiveTimeZone(zone)
                .withDecimalSeparator(decimalSeparator).withSlashDateOrder(slashDateOrder).withFocusCost(focusCost);
        return mapping == null ? read : read.withMapping(mapping);
    }
}
