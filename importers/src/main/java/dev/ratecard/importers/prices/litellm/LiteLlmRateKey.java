package dev.ratecard.importers.prices.litellm;

import dev.ratecard.importers.model.UsageBucket;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a LiteLLM price field name says: the bucket it prices, the context threshold it applies above (if
 * any), and the variant (service tier or batch) it belongs to. LiteLLM spells these as suffixes on a base
 * key, threshold first: {@code input_cost_per_token_above_200k_tokens_priority}.
 *
 * @param threshold prompt tokens above which the rate applies, or {@code -1} for the base rate
 * @param variant   {@code priority}, {@code flex}, {@code ultrafast}, {@code batches}, or {@code null}
 * @param alias     true for a field that repeats another's meaning ({@code input_cost_per_token_cache_hit},
 *                  DeepSeek's name for the cache-read rate); the canonical field wins when both are present
 */
record LiteLlmRateKey(UsageBucket bucket, long threshold, String variant, boolean alias) {
    static final String BATCH = "batches";

    private record Base(String name, UsageBucket bucket, boolean alias) {
    }

    // Longest first, so that cache_creation_input_token_cost_above_1hr is not read as a 5-minute write with
    // a malformed threshold, and input_cost_per_token_cache_hit not as the input rate.
    private static final List<Base> BASES = List.of(
                    new Base("input_cost_per_token", UsageBucket.UNCACHED_INPUT, false),
                    new Base("output_cost_per_token", UsageBucket.OUTPUT_TEXT, false),
                    new Base("cache_read_input_token_cost", UsageBucket.CACHE_READ, false),
                    new Base("input_cost_per_token_cache_hit", UsageBucket.CACHE_READ, true),
                    new Base("cache_creation_input_token_cost", UsageBucket.CACHE_WRITE_5M, false),
                    new Base("cache_creation_input_token_cost_above_1hr", UsageBucket.CACHE_WRITE_1H, false),
                    new Base("output_cost_per_reasoning_token", UsageBucket.REASONING, false),
                    new Base("input_cost_per_audio_token", UsageBucket.AUDIO_INPUT, false),
                    new Base("output_cost_per_audio_token", UsageBucket.AUDIO_OUTPUT, false),
                    new Base("input_cost_per_image_token", UsageBucket.IMAGE_INPUT, false),
                    new Base("output_cost_per_image_token", UsageBucket.IMAGE_OUTPUT, false),
                    new Base("input_cost_per_request", UsageBucket.REQUESTS, false))
            .stream().sorted(Comparator.comparingInt((Base b) -> b.name().length()).reversed()).toList();

    private static final Pattern SUFFIX =
            Pattern.compile("(?:_above_(\\d+)(k?)_tokens)?(?:_(priority|flex|ultrafast|" + BATCH + "))?");

    /** The canonical LiteLLM field for each bucket's base rate, for messages and tests. */
    static final Map<UsageBucket, String> BASE_FIELD = Map.of(
            UsageBucket.UNCACHED_INPUT, "input_cost_per_token",
            UsageBucket.OUTPUT_TEXT, "output_cost_per_token",
            UsageBucket.CACHE_READ, "cache_read_input_token_cost",
            UsageBucket.CACHE_WRITE_5M, "cache_creation_input_token_cost",
            UsageBucket.CACHE_WRITE_1H, "cache_creation_input_token_cost_above_1hr",
            UsageBucket.REASONING, "output_cost_per_reasoning_token");

    static Optional<LiteLlmRateKey> parse(String field) {
        for (Base base : BASES) {
            if (!field.startsWith(base.name())) {
                continue;
            }
            Matcher m = SUFFIX.matcher(field.substring(base.name().length()));
            if (m.matches()) {
                long threshold = -1;
                if (m.group(1) != null) {
                    // LiteLLM reads "200k" as 200 × 1000 (_parse_above_token_threshold), never 200 × 1024.
                    threshold = Long.parseLong(m.group(1)) * (m.group(2).isEmpty() ? 1 : 1000);
                }
                return Optional.of(new LiteLlmRateKey(base.bucket(), threshold, m.group(3), base.alias()));
            }
        }
        return Optional.empty();
    }

    boolean hasThreshold() {
        return threshold >= 0;
    }
}
