package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;

/**
 * OpenRouter generation stats ({@code GET /api/v1/generation?id=…}, one {@code data} object per response,
 * or many as JSONL or an array). The {@code native_tokens_*} counts (the model's own tokenizer) are the ones
 * billed, so they are used; {@code native_tokens_cached} is inside the prompt count and
 * {@code native_tokens_reasoning} inside the completion count. Without native counts the normalised
 * {@code tokens_*} are used, with a warning. {@code created_at} comes as {@code …+00:00} with microseconds or
 * {@code …Z} with milliseconds.
 */
final class OpenRouterGenerationReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field id = fields.optional("id");
    private final Field created = fields.optional("created_at");
    private final Field model = fields.optional("model");
    private final Field provider = fields.optional("provider_name");
    private final Field nativePrompt = fields.optional("native_tokens_prompt");
    private final Field nativeCompletion = fields.optional("native_tokens_completion");
    private final Field nativeReasoning = fields.optional("native_tokens_reasoning");
    private final Field nativeCached = fields.optional("native_tokens_cached");
    private final Field prompt = fields.optional("tokens_prompt");
    private final Field completion = fields.optional("tokens_completion");
    private final Field totalCost = fields.optional("total_cost", "usage");
    private final Field cancelled = fields.optional("cancelled");
    private final Field byok = fields.optional("is_byok");
    private final Field region = fields.optional("data_region");
    private final Field tier = fields.optional("service_tier");
    private final Field user = fields.optional("external_user");

    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    OpenRouterGenerationReader(ReaderContext context) {
        this.row = context.row();
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        row.on(cells.reset(item));
        Draft draft = new Draft(Routes.OPENROUTER).model(row.required(model)).provider(row.text(provider));
        draft.start = row.time(created);
        if (row.text(nativePrompt) != null || row.text(nativeCompletion) != null) {
            TokenSplit.inclusiveInput(draft, row, nativePrompt, row.count(nativePrompt), row.count(nativeCached), 0, 0, 0, 0);
            TokenSplit.inclusiveOutput(draft, row, nativeCompletion, row.count(nativeCompletion), row.count(nativeReasoning), 0, 0);
        } else {
            session.warn(row.name(nativePrompt), null, "no native token counts; the normalised tokens_prompt and"
                    + " tokens_completion are used, which can differ from what was billed");
            draft.add(UsageBucket.UNCACHED_INPUT, row.count(prompt)).add(UsageBucket.OUTPUT_TEXT, row.count(completion));
        }
        draft.add(UsageBucket.REQUESTS, 1);
        BigDecimal charged = row.decimal(totalCost);
        if (charged != null) {
            draft.cost = new ReportedCost(charged, "USD", ReportedCost.Kind.INVOICED, row.declaredName(totalCost));
        }
        if (row.flag(cancelled, false)) {
            draft.tag("cancelled", "true");
        }
        if (row.flag(byok, false)) {
            draft.tag("byok", "true");
        }
        draft.region(row.text(region));
        draft.serviceTier(row.text(tier));
        draft.key(row.name(id), row.text(id)).tag(Tags.USER, row.text(user));
        session.emit(draft);
    }
}
