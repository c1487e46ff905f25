package dev.ratecard.importers.prices.openrouter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.util.Map;

/**
 * OpenRouter's {@code pricing} object: USD per token (per request for {@code request}, per search for
 * {@code web_search}) as decimal strings, float artefacts such as {@code "0.00000008333333333333334"}
 * included, which are kept exactly as written.
 */
final class OpenRouterPricing {
    static final Map<String, UsageBucket> BUCKETS = Map.ofEntries(
            Map.entry("prompt", UsageBucket.UNCACHED_INPUT),
            Map.entry("completion", UsageBucket.OUTPUT_TEXT),
            Map.entry("input_cache_read", UsageBucket.CACHE_READ),
            Map.entry("input_cache_write", UsageBucket.CACHE_WRITE_5M),
            Map.entry("input_cache_write_1h", UsageBucket.CACHE_WRITE_1H),
            Map.entry("internal_reasoning", UsageBucket.REASONING),
            Map.entry("audio", UsageBucket.AUDIO_INPUT),
            Map.entry("audio_output", UsageBucket.AUDIO_OUTPUT),
            Map.entry("image", UsageBucket.IMAGE_INPUT),
            Map.entry("image_output", UsageBucket.IMAGE_OUTPUT),
            Map.entry("request", UsageBucket.REQUESTS),
            Map.entry("web_search", UsageBucket.WEB_SEARCH));

    /** OpenRouter's marker for a price that depends on where a router sends the request. */
    private static final BigDecimal VARIES = BigDecimal.ONE.negate();

    private OpenRouterPricing() {
    }

    /** The rates among {@code prices}' members; other members are left to the caller. */
    static Rates rates(JsonNode prices, JsonSite site) throws EntryProblem {
        Rates.Builder rates = Rates.builder();
        for (Map.Entry<String, JsonNode> member : prices.properties()) {
            UsageBucket bucket = BUCKETS.get(member.getKey());
            if (bucket != null && !member.getValue().isNull()) {
                rates.set(bucket, JsonValues.rate(member.getValue(), site.member(member.getKey())));
            }
        }
        return rates.build();
    }

    /** The first price in {@code prices} that is {@code "-1"}, by member name, or null. */
    static String variablePrice(JsonNode prices) {
        for (Map.Entry<String, JsonNode> member : prices.properties()) {
            JsonNode value = member.getValue();
            if (BUCKETS.containsKey(member.getKey()) && (value.isTextual() || value.isNumber())) {
                try {
                    if (new BigDecimal(JsonValues.sourceText(value).trim()).compareTo(VARIES) == 0) {
                        return member.getKey();
                    }
                } catch (NumberFormatException notANumber) {
                    // Reported as a bad rate when the rates are read.
                }
            }
        }
        return null;
    }
}
