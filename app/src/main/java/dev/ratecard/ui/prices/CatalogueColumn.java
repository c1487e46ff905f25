package dev.ratecard.ui.prices;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.prices.BucketDisplay;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The columns of the catalogue table: what each shows, how it sorts, and whether it is shown from the start (the
 * rest are a click away in the table's column menu). Rates are per 1M tokens (per request, per call) and shown as
 * the sheet states them, not rounded, since this is where prices are checked; a missing rate shows as a dash and
 * sorts last, so it never passes for the cheapest.
 */
public enum CatalogueColumn {
    PROVIDER("Provider", true, row -> row.entry().provider()),
    MODEL("Model", true, row -> row.entry().model()),
    ROUTE("Route", true, row -> row.entry().route()),
    INPUT("Input", UsageBucket.UNCACHED_INPUT, true),
    CACHE_READ("Cache read", UsageBucket.CACHE_READ, true),
    CACHE_WRITE("Cache write", UsageBucket.CACHE_WRITE_5M, true),
    OUTPUT("Output", UsageBucket.OUTPUT_TEXT, true),
    REASONING("Reasoning", UsageBucket.REASONING, true),
    CACHE_WRITE_1H("Cache write 1 h", UsageBucket.CACHE_WRITE_1H, false),
    AUDIO_INPUT("Audio in", UsageBucket.AUDIO_INPUT, false),
    AUDIO_OUTPUT("Audio out", UsageBucket.AUDIO_OUTPUT, false),
    IMAGE_INPUT("Image in", UsageBucket.IMAGE_INPUT, false),
    IMAGE_OUTPUT("Image out", UsageBucket.IMAGE_OUTPUT, false),
    REQUESTS("Per request", UsageBucket.REQUESTS, false),
    WEB_SEARCH("Web search", UsageBucket.WEB_SEARCH, false),
    TIERS("Tiers", true, CatalogueRow::tiers),
    BATCH("Batch", true, CatalogueRow::batch),
    SOURCE("Source", true, row -> row.sheet().name()),
    AS_OF("As of", true, row -> row.entry().provenance().asOf().toString()),
    MODE("Mode", false, row -> row.entry().mode() == null ? "" : row.entry().mode()),
    EFFECTIVE_FROM("Effective from", false,
            row -> row.entry().effectiveFrom() == null ? "" : row.entry().effectiveFrom().toString());

    /** What a cell without a rate shows. */
    public static final String NO_RATE = "—";
    /** What the reasoning cell shows for an entry that bills reasoning at its output rate, as the engine does. */
    public static final String AS_OUTPUT = "as output";

    private final String title;
    private final boolean shownAtFirst;
    private final UsageBucket bucket;
    private final Function<CatalogueRow, String> text;

    CatalogueColumn(String title, boolean shownAtFirst, Function<CatalogueRow, String> text) {
        this.title = title;
        this.shownAtFirst = shownAtFirst;
        this.bucket = null;
        this.text = text;
    }

    /** A rate column: the rate as the sheet states it, every significant digit ({@code $0.075}, {@code $3.00}). */
    CatalogueColumn(String title, UsageBucket bucket, boolean shownAtFirst) {
        this.title = title;
        this.shownAtFirst = shownAtFirst;
        this.bucket = bucket;
        this.text = row -> {
            BigDecimal rate = row.rate(bucket);
            if (rate == null) {
                return bucket == UsageBucket.REASONING && row.rate(UsageBucket.OUTPUT_TEXT) != null ? AS_OUTPUT : NO_RATE;
            }
            return MoneyFormatter.exact(new Money(rate, row.entry().currency()));
        };
    }

    public String title() {
        return title;
    }

    public boolean shownAtFirst() {
        return shownAtFirst;
    }

    /** True for rate columns, which are right-aligned figures. */
    public boolean isRate() {
        return bucket != null;
    }

    public String text(CatalogueRow row) {
        return text.apply(row);
    }

    /** The rate in full for a rate column's tooltip; empty for other columns and missing rates. */
    public String exact(CatalogueRow row) {
        BigDecimal rate = bucket == null ? null : row.rate(bucket);
        return rate == null ? "" : MoneyFormatter.exact(new Money(rate, row.entry().currency())) + " " + BucketDisplay.unit(bucket);
    }

    /** True for what a cell shows instead of a rate of its own: a dash, or "as output". */
    public static boolean isStandIn(String text) {
        return NO_RATE.equals(text) || AS_OUTPUT.equals(text);
    }

    /**
     * Ascending order: rates by value with missing rates last (reasoning without a rate of its own by the output
     * rate it is billed at), text ignoring case, dates in date order.
     */
    public Comparator<CatalogueRow> comparator() {
        if (bucket == UsageBucket.REASONING) {
            return Comparator.comparing(row -> row.rate(bucket) != null ? row.rate(bucket) : row.rate(UsageBucket.OUTPUT_TEXT),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        }
        if (bucket != null) {
            return Comparator.comparing(row -> row.rate(bucket), Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
    }
}
