package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.UsageBucket;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a CSV that no built-in reader knows: which column holds what. Saved and loaded by name as a
 * profile ({@link ColumnMappingJson}); suggested from a header by {@link MappingSuggester}. Column names are
 * matched without regard to case.
 *
 * @param name                    the profile's name
 * @param time                    the time column (start of the row's period, or the request time)
 * @param modelColumn             the model column
 * @param providerColumn          the provider column, or {@code null}
 * @param provider                the provider when there is no column or its cell is empty, or {@code null}
 * @param route                   the route of every row ({@link Routes}); {@code direct} by default
 * @param bucketColumns           the column of each bucket read (tokens, requests, web searches)
 * @param inputIncludesCache      true if the {@code uncached_input} column counts the whole prompt, cache
 *                                reads and writes and audio/image input included (OpenAI style); those are
 *                                then subtracted from it
 * @param outputIncludesReasoning true if the {@code output_text} column counts all output, reasoning and
 *                                audio/image output included; those are then subtracted from it
 * @param cost                    the reported-cost column, or {@code null}
 * @param tagColumns              tag name ({@code project}, {@code user} …) to column
 * @param keyColumn               a column with a unique id per row (request id), or {@code null}
 * @param batchColumn             a true/false column saying whether the row was billed as batch, or {@code null}
 */
public record ColumnMapping(
        String name,
        TimeColumn time,
        String modelColumn,
        String providerColumn,
        String provider,
        String route,
        Map<UsageBucket, String> bucketColumns,
        boolean inputIncludesCache,
        boolean outputIncludesReasoning,
        CostColumn cost,
        Map<String, String> tagColumns,
        String keyColumn,
        String batchColumn) {

    public ColumnMapping {
        requireText(name, "name");
        Objects.requireNonNull(time, "time");
        requireText(modelColumn, "modelColumn");
        route = route == null || route.isBlank() ? Routes.DIRECT : route.strip();
        EnumMap<UsageBucket, String> buckets = new EnumMap<>(UsageBucket.class);
        if (bucketColumns != null) {
            bucketColumns.forEach((bucket, column) -> buckets.put(
                    Objects.requireNonNull(bucket, "bucket"), requireText(column, "column of " + bucket.key())));
        }
        bucketColumns = Collections.unmodifiableMap(buckets);
        tagColumns = tagColumns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tagColumns));
        if (buckets.isEmpty() && cost == null) {
            throw new IllegalArgumentException("a mapping needs at least one bucket column or a cost column");
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value.strip();
    }

    /**
     * @param column    the column with the time
     * @param endColumn the column with the end of a bucket, or {@code null} for per-request rows
     * @param format    a {@link java.time.format.DateTimeFormatter} pattern, {@code unix-seconds},
     *                  {@code unix-millis}, or {@code null} to recognise ISO 8601, Unix and slashed dates
     * @param zone      the zone of times written without one, or {@code null} for the import's zone
     */
    public record TimeColumn(String column, String endColumn, String format, String zone) {
        public TimeColumn {
            column = requireText(column, "time column");
        }

        public static TimeColumn of(String column) {
            return new TimeColumn(column, null, null, null);
        }
    }

    /**
     * @param column         the column with the amount
     * @param currency       the currency when there is no currency column (ISO 4217); USD if both are absent
     * @param currencyColumn a column with each row's currency, or {@code null}
     * @param unit           whether amounts are in major units (dollars) or cents
     * @param kind           invoiced, or a tool's estimate
     */
    public record CostColumn(String column, String currency, String currencyColumn, CostUnit unit, ReportedCost.Kind kind) {
        public CostColumn {
            column = requireText(column, "cost column");
            currency = currency == null || currency.isBlank() ? "USD" : currency.strip();
            unit = unit == null ? CostUnit.MAJOR : unit;
            kind = kind == null ? ReportedCost.Kind.ESTIMATED : kind;
        }
    }

    /** The unit of a cost column. */
    public enum CostUnit {
        /** Dollars, euros …: the amount as it is. */
        MAJOR,
        /** Hundredths of the currency, divided by 100 at import. */
        CENTS
    }
}
