package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;

/**
 * How buckets and their rates are shown on screen and in the terminal: a name, and the rate per 1M tokens for
 * token buckets (the unit people read token prices in), per request or per call otherwise.
 */
public final class BucketDisplay {
    private BucketDisplay() {
    }

    public static String name(UsageBucket bucket) {
        return switch (bucket) {
            case UNCACHED_INPUT -> "Input";
            case CACHE_READ -> "Cache read";
            case CACHE_WRITE_5M -> "Cache write (5 min)";
            case CACHE_WRITE_1H -> "Cache write (1 h)";
            case OUTPUT_TEXT -> "Output";
            case REASONING -> "Reasoning";
            case AUDIO_INPUT -> "Audio input";
            case AUDIO_OUTPUT -> "Audio output";
            case IMAGE_INPUT -> "Image input";
            case IMAGE_OUTPUT -> "Image output";
            case REQUESTS -> "Requests";
            case WEB_SEARCH -> "Web search";
        };
    }

    /** {@code per 1M tokens}, {@code per request} or {@code per call}. */
    public static String unit(UsageBucket bucket) {
        return SheetChange.RateUnit.of(bucket).label();
    }

    /** The rate in {@link #unit}, trailing zeros dropped; {@code null} when the sheet has none. */
    public static BigDecimal rate(Rates rates, UsageBucket bucket) {
        BigDecimal perUnit = rates.get(bucket);
        if (perUnit == null) {
            return null;
        }
        return bucket.isToken() ? rates.perMillion(bucket) : perUnit.stripTrailingZeros();
    }
}
