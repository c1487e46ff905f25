package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.UsageBucket;

import java.util.Locale;

/**
 * Reads OpenAI cost line items such as {@code "gpt-4o-2024-08-06, input"} or {@code "input_tokens"}: the model
 * before the last comma, and which token bucket the words after it name.
 */
final class LineItems {
    private LineItems() {
    }

    /** The model named before the last {@code ", "}, or {@code null} when the line item names none. */
    static String model(String lineItem) {
        if (lineItem == null) {
            return null;
        }
        int comma = lineItem.lastIndexOf(',');
        return comma > 0 ? lineItem.substring(0, comma).strip() : null;
    }

    /** The token bucket the line item's kind names ({@code cached input}, {@code input}, {@code output}), or {@code null}. */
    static UsageBucket bucket(String lineItem) {
        if (lineItem == null) {
            return null;
        }
        int comma = lineItem.lastIndexOf(',');
        String kind = (comma >= 0 ? lineItem.substring(comma + 1) : lineItem).toLowerCase(Locale.ROOT);
        if (kind.contains("cached") || kind.contains("cache read")) {
            return UsageBucket.CACHE_READ;
        }
        if (kind.contains("cache write")) {
            return UsageBucket.CACHE_WRITE_5M;
        }
        if (kind.contains("input")) {
            return UsageBucket.UNCACHED_INPUT;
        }
        if (kind.contains("output")) {
            return UsageBucket.OUTPUT_TEXT;
        }
        return null;
    }
}
