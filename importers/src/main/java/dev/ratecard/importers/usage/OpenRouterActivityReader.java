package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;

/**
 * OpenRouter's per-generation activity export (24 columns; older exports have fewer, so every column is
 * found by name). {@code created_at} has no zone. {@code tokens_prompt} includes {@code tokens_cached} (cache
 * reads) and {@code tokens_completion} includes {@code tokens_reasoning}. {@code cost_total} is what was
 * charged; {@code cost_cache} (negative) and the other parts are already inside it and are not added again.
 * Cancelled generations were still charged and are kept.
 */
final class OpenRouterActivityReader implements RowReader {
    private final FieldSet fields = new FieldSet();
    private final Field id = fields.optional("generation_id", "id");
    private final Field created = fields.required("created_at");
    private final Field costTotal = fields.optional("cost_total");
    private final Field byokCost = fields.optional("byok_usage_inference");
    private final Field prompt = fields.required("tokens_prompt");
    private final Field completion = fields.required("tokens_completion");
    private final Field reasoning = fields.optional("tokens_reasoning");
    private final Field cached = fields.optional("tokens_cached");
    private final Field model = fields.required("model_permaslug", "model");
    private final Field provider = fields.optional("provider_name");
    private final Field variant = fields.optional("variant");
    private final Field cancelled = fields.optional("cancelled");
    private final Field user = fields.optional("user");
    private final Field apiKey = fields.optional("api_key_name");
    private final Field app = fields.optional("app_name");

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void read(Row row, ReadSession session) {
        Draft draft = new Draft(Routes.OPENROUTER).model(row.required(model)).provider(row.text(provider));
        draft.start = row.time(created);
        TokenSplit.inclusiveInput(draft, row, prompt, row.requiredCount(prompt), row.count(cached), 0, 0, 0, 0);
        TokenSplit.inclusiveOutput(draft, row, completion, row.requiredCount(completion), row.count(reasoning), 0, 0);
        draft.add(UsageBucket.REQUESTS, 1);
        BigDecimal charged = row.decimal(costTotal);
        if (charged != null) {
            draft.cost = new ReportedCost(charged, "USD", ReportedCost.Kind.INVOICED, row.declaredName(costTotal));
        }
        BigDecimal byok = row.decimal(byokCost);
        if (byok != null && byok.signum() > 0) {
            draft.tag("byok", "true");
        }
        if (row.flag(cancelled, false)) {
            draft.tag("cancelled", "true");
        }
        draft.key(row.name(id), row.text(id))
                .tag("variant", row.text(variant))
                .tag(Tags.USER, row.text(user))
                .tag(Tags.API_KEY, row.text(apiKey))
                .tag(Tags.APP, row.text(app));
        session.emit(draft);
    }
}
