package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A LiteLLM proxy {@code LiteLLM_SpendLogs} row, from a CSV export of the table or its JSON API.
 * {@code prompt_tokens} includes cache reads (and cache writes in newer versions); the split comes from
 * {@code metadata.additional_usage_values} ({@code prompt_tokens_details.cached_tokens} for OpenAI,
 * {@code cache_read_input_tokens}/{@code cache_creation_input_tokens} for Anthropic). Times have no zone.
 * {@code spend} is LiteLLM's own estimate from its price map, kept as an estimated cost.
 */
final class LiteLlmSpendLogs implements RowReader {
    private final FieldSet fields = new FieldSet();
    private final Field requestId = fields.optional("request_id");
    private final Field start = fields.required("startTime", "start_time");
    private final Field model = fields.required("model");
    private final Field modelGroup = fields.optional("model_group");
    private final Field provider = fields.optional("custom_llm_provider");
    private final Field spend = fields.optional("spend");
    private final Field prompt = fields.required("prompt_tokens");
    private final Field completion = fields.required("completion_tokens");
    private final Field total = fields.optional("total_tokens");
    private final Field metadata = fields.optional("metadata");
    private final Field apiKey = fields.optional("api_key");
    private final Field user = fields.optional("user");
    private final Field team = fields.optional("team_id");
    private final Field organization = fields.optional("organization_id");
    private final Field endUser = fields.optional("end_user");
    private final Field requestTags = fields.optional("request_tags");
    private final Field status = fields.optional("status");
    private final Field cacheHit = fields.optional("cache_hit");

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void read(Row row, ReadSession session) {
        Draft draft = new Draft(Routes.LITELLM).model(row.required(model)).provider(row.text(provider));
        draft.start = row.time(start);
        long promptTokens = row.requiredCount(prompt);
        long completionTokens = row.requiredCount(completion);
        Long totalTokens = row.countOrNull(total);
        if (totalTokens != null && totalTokens != promptTokens + completionTokens) {
            session.warn(row.name(total), totalTokens.toString(), "not prompt_tokens " + promptTokens
                    + " + completion_tokens " + completionTokens + "; the buckets follow the two parts");
        }
        JsonNode meta = row.object(metadata);
        JsonNode extra = meta == null ? null : meta.get("additional_usage_values");
        long cacheRead = extraCount(row, extra, "prompt_tokens_details.cached_tokens", "cache_read_input_tokens");
        long cacheWrite = extraCount(row, extra, "cache_creation_input_tokens", "prompt_tokens_details.cache_creation_tokens");
        long reasoning = extraCount(row, extra, "completion_tokens_details.reasoning_tokens");
        TokenSplit.inclusiveInput(draft, row, prompt, promptTokens, cacheRead, cacheWrite, 0, 0, 0);
        TokenSplit.inclusiveOutput(draft, row, completion, completionTokens, reasoning, 0, 0);
        draft.add(UsageBucket.REQUESTS, 1);
        BigDecimal estimate = row.decimal(spend);
        if (estimate != null) {
            draft.cost = new ReportedCost(estimate, "USD", ReportedCost.Kind.ESTIMATED, row.declaredName(spend));
        }
        draft.key(row.name(requestId), row.text(requestId))
                .tag("model_group", row.text(modelGroup))
                .tag(Tags.API_KEY, row.text(apiKey))
                .tag("api_key_alias", meta == null ? null : text(meta.get("user_api_key_alias")))
                .tag(Tags.USER, row.text(user))
                .tag(Tags.TEAM, row.text(team))
                .tag("organization", row.text(organization))
                .tag("end_user", row.text(endUser))
                .tag("request_tags", requestTags(row))
                .tag("status", "success".equalsIgnoreCase(row.text(status)) ? null : row.text(status));
        if (row.flag(cacheHit, false)) {
            draft.tag("litellm_cache_hit", "true");
        }
        session.emit(draft);
    }

    private static long extraCount(Row row, JsonNode extra, String... paths) {
        if (extra == null || !extra.isObject()) {
            return 0;
        }
        for (String path : paths) {
            JsonNode value = JsonCells.lookup(extra, path);
            if (value != null && !value.isNull()) {
                return row.count("metadata.additional_usage_values." + path, value.asText());
            }
        }
        return 0;
    }

    private String requestTags(Row row) {
        JsonNode tags = row.json(requestTags);
        if (tags == null) {
            return null;
        }
        if (!tags.isArray()) {
            return text(tags);
        }
        List<String> values = new ArrayList<>();
        tags.forEach(t -> values.add(t.asText()));
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
