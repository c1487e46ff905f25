package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.UsageBucket;

import java.util.Locale;
import java.util.Map;

/**
 * Langfuse usage-type names ({@code usage_details} keys), which integrations choose freely, mapped to buckets.
 * Langfuse prices each key as its own bucket, so they are read as disjoint. {@code total} is not a bucket.
 */
final class LangfuseUsageTypes {
    static final String TOTAL = "total";

    private static final Map<String, UsageBucket> BUCKETS = Map.ofEntries(
            Map.entry("input", UsageBucket.UNCACHED_INPUT),
            Map.entry("input_tokens", UsageBucket.UNCACHED_INPUT),
            Map.entry("prompt_tokens", UsageBucket.UNCACHED_INPUT),
            Map.entry("input_cached_tokens", UsageBucket.CACHE_READ),
            Map.entry("input_cache_read", UsageBucket.CACHE_READ),
            Map.entry("cache_read_input_tokens", UsageBucket.CACHE_READ),
            Map.entry("cached_tokens", UsageBucket.CACHE_READ),
            Map.entry("cache_read", UsageBucket.CACHE_READ),
            Map.entry("input_cache_creation", UsageBucket.CACHE_WRITE_5M),
            Map.entry("input_cache_write", UsageBucket.CACHE_WRITE_5M),
            Map.entry("cache_creation_input_tokens", UsageBucket.CACHE_WRITE_5M),
            Map.entry("cache_write", UsageBucket.CACHE_WRITE_5M),
            Map.entry("ephemeral_5m_input_tokens", UsageBucket.CACHE_WRITE_5M),
            Map.entry("input_cache_creation_5m", UsageBucket.CACHE_WRITE_5M),
            Map.entry("ephemeral_1h_input_tokens", UsageBucket.CACHE_WRITE_1H),
            Map.entry("input_cache_creation_1h", UsageBucket.CACHE_WRITE_1H),
            Map.entry("input_audio", UsageBucket.AUDIO_INPUT),
            Map.entry("input_audio_tokens", UsageBucket.AUDIO_INPUT),
            Map.entry("audio_input", UsageBucket.AUDIO_INPUT),
            Map.entry("input_image", UsageBucket.IMAGE_INPUT),
            Map.entry("input_image_tokens", UsageBucket.IMAGE_INPUT),
            Map.entry("output", UsageBucket.OUTPUT_TEXT),
            Map.entry("output_tokens", UsageBucket.OUTPUT_TEXT),
            Map.entry("completion_tokens", UsageBucket.OUTPUT_TEXT),
            Map.entry("output_reasoning", UsageBucket.REASONING),
            Map.entry("output_reasoning_tokens", UsageBucket.REASONING),
            Map.entry("reasoning", UsageBucket.REASONING),
            Map.entry("reasoning_tokens", UsageBucket.REASONING),
            Map.entry("output_audio", UsageBucket.AUDIO_OUTPUT),
            Map.entry("output_audio_tokens", UsageBucket.AUDIO_OUTPUT),
            Map.entry("output_image", UsageBucket.IMAGE_OUTPUT),
            Map.entry("output_image_tokens", UsageBucket.IMAGE_OUTPUT));

    private LangfuseUsageTypes() {
    }

    /** The bucket a usage type counts, or {@code null} for a name not known here. */
    static UsageBucket bucket(String usageType) {
        return BUCKETS.get(usageType.toLowerCase(Locale.ROOT));
    }
}
