package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The {@code usage} of one API response, told apart by its fields and converted to disjoint buckets:
 * <ul>
 *   <li><b>OpenAI Chat Completions</b> ({@code prompt_tokens}): inclusive; uncached = prompt − cached −
 *       cache_write − audio − image; text output = completion − reasoning − audio − image.</li>
 *   <li><b>OpenAI Responses</b> ({@code input_tokens} with {@code input_tokens_details} /
 *       {@code output_tokens_details}, or {@code object: response}): inclusive, the same split.</li>
 *   <li><b>Anthropic Messages</b> ({@code input_tokens} with a {@code cache_*} field, or {@code type: message}):
 *       disjoint, one to one; cache writes by lifetime from {@code cache_creation}, else as 5-minute writes.</li>
 * </ul>
 * OpenRouter's inline {@code usage.cost} (credits, which are US dollars) is kept as the reported cost.
 */
final class ResponseUsage {
    enum Shape { CHAT, RESPONSES, MESSAGES }

    private final FieldSet fields = new FieldSet();
    final Field promptTokens = fields.optional("usage.prompt_tokens");
    final Field completionTokens = fields.optional("usage.completion_tokens");
    final Field totalTokens = fields.optional("usage.total_tokens");
    final Field cachedTokens = fields.optional("usage.prompt_tokens_details.cached_tokens");
    final Field cacheWriteTokens = fields.optional("usage.prompt_tokens_details.cache_write_tokens");
    final Field audioIn = fields.optional("usage.prompt_tokens_details.audio_tokens");
    final Field imageIn = fields.optional("usage.prompt_tokens_details.image_tokens");
    final Field reasoning = fields.optional("usage.completion_tokens_details.reasoning_tokens");
    final Field audioOut = fields.optional("usage.completion_tokens_details.audio_tokens");
    final Field imageOut = fields.optional("usage.completion_tokens_details.image_tokens");
    final Field inputTokens = fields.optional("usage.input_tokens");
    final Field outputTokens = fields.optional("usage.output_tokens");
    final Field responsesCached = fields.optional("usage.input_tokens_details.cached_tokens");
    final Field responsesCacheWrite = fields.optional("usage.input_tokens_details.cache_write_tokens");
    final Field responsesReasoning = fields.optional("usage.output_tokens_details.reasoning_tokens");
    final Field cacheRead = fields.optional("usage.cache_read_input_tokens");
    final Field cacheCreation = fields.optional("usage.cache_creation_input_tokens");
    final Field cacheCreation5m = fields.optional("usage.cache_creation.ephemeral_5m_input_tokens");
    final Field cacheCreation1h = fields.optional("usage.cache_creation.ephemeral_1h_input_tokens");
    final Field webSearch = fields.optional("usage.server_tool_use.web_search_requests");
    final Field usageTier = fields.optional("usage.service_tier", "service_tier");
    final Field geo = fields.optional("usage.inference_geo", "inference_geo");
    final Field inlineCost = fields.optional("usage.cost");
    final Field objectType = fields.optional("object");
    final Field id = fields.optional("id");

    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    ResponseUsage(ReaderContext context) {
        this.row = context.row();
    }

    /** Every field it reads, relative to the response object. */
    List<Field> fields() {
        return fields.all();
    }

    /** Whether {@code response} carries a {@code usage} object this class can read. */
    static boolean hasUsage(JsonNode response) {
        JsonNode usage = response == null ? null : response.get("usage");
        return usage != null && usage.isObject()
                && (usage.has("prompt_tokens") || usage.has("input_tokens") || usage.has("output_tokens"));
    }

    Shape shape(JsonNode response) {
        row.on(cells.reset(response));
        if (row.has(promptTokens)) {
            return Shape.CHAT;
        }
        if ("response".equals(row.text(objectType)) || row.has(responsesCached) || row.has(responsesReasoning)
                || response.path("usage").has("input_tokens_details") || response.path("usage").has("output_tokens_details")) {
            return Shape.RESPONSES;
        }
        return Shape.MESSAGES;
    }

    /** Adds the response's buckets (and one request) to {@code draft}; returns the shape it read. */
    Shape apply(JsonNode response, Draft draft, ReadSession session) {
        Shape shape = shape(response);
        switch (shape) {
            case CHAT -> chat(draft, session);
            case RESPONSES -> responses(draft, session);
            case MESSAGES -> messages(draft);
        }
        draft.add(UsageBucket.REQUESTS, 1);
        if (draft.serviceTier == null) {
            String tier = row.text(usageTier);
            if (tier != null && tier.toLowerCase(Locale.ROOT).equals("batch")) {
                draft.batch = true;
            } else {
                draft.serviceTier(tier);
            }
        }
        if (draft.region == null) {
            draft.region(row.text(geo));
        }
        BigDecimal cost = row.decimal(inlineCost);
        if (cost != null) {
            draft.cost = new ReportedCost(cost, "USD", ReportedCost.Kind.INVOICED, "usage.cost");
            String responseId = row.text(id);
            if (responseId != null && responseId.startsWith("gen-")) {
                draft.route = Routes.OPENROUTER;
            }
        }
        return shape;
    }

    private void chat(Draft draft, ReadSession session) {
        long prompt = row.count(promptTokens);
        long completion = row.count(completionTokens);
        checkTotal(session, prompt, completion, promptTokens, completionTokens);
        TokenSplit.inclusiveInput(draft, row, promptTokens, prompt, row.count(cachedTokens),
                row.count(cacheWriteTokens), 0, row.count(audioIn), row.count(imageIn));
        TokenSplit.inclusiveOutput(draft, row, completionTokens, completion, row.count(reasoning),
                row.count(audioOut), row.count(imageOut));
    }

    private void responses(Draft draft, ReadSession session) {
        long input = row.count(inputTokens);
        long output = row.count(outputTokens);
        checkTotal(session, input, output, inputTokens, outputTokens);
        TokenSplit.inclusiveInput(draft, row, inputTokens, input, row.count(responsesCached),
                row.count(responsesCacheWrite), 0, 0, 0);
        TokenSplit.inclusiveOutput(draft, row, outputTokens, output, row.count(responsesReasoning), 0, 0);
    }

    private void messages(Draft draft) {
        long write5m;
        long write1h;
        if (row.has(cacheCreation5m) || row.has(cacheCreation1h)) {
            write5m = row.count(cacheCreation5m);
            write1h = row.count(cacheCreation1h);
            Long total = row.countOrNull(cacheCreation);
            if (total != null && total != write5m + write1h) {
                throw new RowProblem(row.name(cacheCreation), total.toString(), "cache writes by lifetime add up to "
                        + (write5m + write1h) + " (5m " + write5m + " + 1h " + write1h + "), not this total");
            }
        } else {
            // Without the by-lifetime breakdown the writes are 5-minute ones, the API's default lifetime.
            write5m = row.count(cacheCreation);
            write1h = 0;
        }
        draft.add(UsageBucket.UNCACHED_INPUT, row.count(inputTokens))
                .add(UsageBucket.CACHE_READ, row.count(cacheRead))
                .add(UsageBucket.CACHE_WRITE_5M, write5m)
                .add(UsageBucket.CACHE_WRITE_1H, write1h)
                .add(UsageBucket.OUTPUT_TEXT, row.count(outputTokens))
                .add(UsageBucket.WEB_SEARCH, row.count(webSearch));
    }

    private void checkTotal(ReadSession session, long input, long output, Field inputField, Field outputField) {
        Long total = row.countOrNull(totalTokens);
        if (total != null && total != input + output) {
            session.warn(row.name(totalTokens), total.toString(), "not " + row.name(inputField) + " " + input + " + "
                    + row.name(outputField) + " " + output + " = " + (input + output) + "; the buckets follow the two parts");
        }
    }

    /** The provider a response of this shape comes from, unless the model name says otherwise. */
    static String provider(Shape shape, String model) {
        String byName = Providers.fromModelName(model);
        if (byName != null) {
            return byName;
        }
        return shape == Shape.MESSAGES ? "anthropic" : null;
    }
}
