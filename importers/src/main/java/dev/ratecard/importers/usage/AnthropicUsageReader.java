package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

/**
 * Anthropic Admin API messages usage report: buckets ({@code starting_at}/{@code ending_at}, RFC 3339) of
 * results with four disjoint input counts, mapped one to one: {@code uncached_input_tokens},
 * {@code cache_read_input_tokens}, {@code cache_creation.ephemeral_5m_input_tokens} and
 * {@code …ephemeral_1h_input_tokens} (also the flattened {@code cache_creation_5m_input_tokens} form), plus
 * output and web searches. {@code service_tier: batch} marks batch usage.
 */
final class AnthropicUsageReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field uncached = fields.optional("uncached_input_tokens");
    private final Field cacheRead = fields.optional("cache_read_input_tokens");
    private final Field write5m = fields.optional("cache_creation.ephemeral_5m_input_tokens",
            "cache_creation_5m_input_tokens", "cache_creation_ephemeral_5m_input_tokens");
    private final Field write1h = fields.optional("cache_creation.ephemeral_1h_input_tokens",
            "cache_creation_1h_input_tokens", "cache_creation_ephemeral_1h_input_tokens");
    private final Field writeUnknownTtl = fields.optional("cache_creation_input_tokens");
    private final Field output = fields.optional("output_tokens");
    private final Field webSearch = fields.optional("server_tool_use.web_search_requests", "web_search_requests");
    private final Field apiKey = fields.optional("api_key_id");
    private final AnthropicResults results;

    AnthropicUsageReader(ReaderContext context) {
        this.results = new AnthropicResults(fields, context);
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        results.read(item, where, session, (row, draft) -> {
            long fiveMinutes = row.count(write5m);
            if (!row.has(write5m) && !row.has(write1h)) {
                fiveMinutes = row.count(writeUnknownTtl);
            }
            draft.add(UsageBucket.UNCACHED_INPUT, row.count(uncached))
                    .add(UsageBucket.CACHE_READ, row.count(cacheRead))
                    .add(UsageBucket.CACHE_WRITE_5M, fiveMinutes)
                    .add(UsageBucket.CACHE_WRITE_1H, row.count(write1h))
                    .add(UsageBucket.OUTPUT_TEXT, row.count(output))
                    .add(UsageBucket.WEB_SEARCH, row.count(webSearch));
            draft.tag(Tags.API_KEY, row.text(apiKey));
        });
    }
}
