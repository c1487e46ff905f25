package dev.ratecard.importers.usage;

import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.text.SlashDateOrder;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How to read a usage file.
 *
 * @param format           the format to read it as, or {@code null} to detect it
 * @param naiveTimeZone    the zone of timestamps written without one (OpenRouter, LiteLLM); UTC by default
 * @param decimalSeparator decides {@code 1,234} vs {@code 1.234} when a value alone cannot (see
 *                         {@link dev.ratecard.importers.text.NumberParser})
 * @param slashDateOrder   how {@code 5/1/25} is read
 * @param focusCost        which FOCUS cost column becomes the reported cost
 * @param mapping          the column mapping for {@link UsageFormat#MAPPED_CSV}, else ignored
 * @param maxListedIssues  how many issues the summary lists; the rest are counted (all go to the sink)
 */
public record ReadOptions(
        UsageFormat format,
        ZoneId naiveTimeZone,
        DecimalSeparator decimalSeparator,
        SlashDateOrder slashDateOrder,
        FocusCostColumn focusCost,
        ColumnMapping mapping,
        int maxListedIssues) {

    public static final int DEFAULT_MAX_LISTED_ISSUES = 200;

    public ReadOptions {
        Objects.requireNonNull(naiveTimeZone, "naiveTimeZone");
        Objects.requireNonNull(decimalSeparator, "decimalSeparator");
        Objects.requireNonNull(slashDateOrder, "slashDateOrder");
        Objects.requireNonNull(focusCost, "focusCost");
        if (maxListedIssues < 0) {
            throw new IllegalArgumentException("maxListedIssues is negative: " + maxListedIssues);
        }
    }

    /** Detect the format, UTC for zone-less times, decimal point, month-first slashed dates, FOCUS EffectiveCost. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, ZoneOffset.UTC, DecimalSeparator.POINT, SlashDateOrder.MONTH_FIRST,
                FocusCostColumn.EFFECTIVE_COST, null, DEFAULT_MAX_LISTED_ISSUES);
    }

    public ReadOptions withFormat(UsageFormat newFormat) {
        return new ReadOptions(newFormat, naiveTimeZone, decimalSeparator, slashDateOrder, focusCost, mapping, maxListedIssues);
    }

    public ReadOptions withNaiveTimeZone(ZoneId zone) {
        return new ReadOptions(format, zone, decimalSeparator, slashDateOrder, focusCost, mapping, maxListedIssues);
    }

    public ReadOptions withDecimalSeparator(DecimalSeparator separator) {
        return new ReadOptions(format, naiveTimeZone, separator, slashDateOrder, focusCost, mapping, maxListedIssues);
    }

    public ReadOptions withSlashDateOrder(SlashDateOrder order) {
        return new ReadOptions(format, naiveTimeZone, decimalSeparator, order, focusCost, mapping, maxListedIssues);
    }

    public ReadOptions withFocusCost(FocusCostColumn column) {
        return new ReadOptions(format, naiveTimeZone, decimalSeparator, slashDateOrder, column, mapping, maxListedIssues);
    }

    /** Reads as {@link UsageFormat#MAPPED_CSV} through {@code columnMapping}. */
    public ReadOptions withMapping(ColumnMapping columnMapping) {
        return new ReadOptions(UsageFormat.MAPPED_CSV, naiveTimeZone, decimalSeparator, slashDateOrder, focusCost,
                columnMapping, maxListedIssues);
    }

    public ReadOptions withMaxListedIssues(int max) {
        return new ReadOptions(format, naiveTimeZone, decimalSeparator, slashDateOrder, focusCost, mapping, max);
    }
}
