package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;

/**
 * A Helicone request, from its CSV export (every value quoted; JSON cells escaped twice, so
 * {@code {""key"":""v""}} remains after CSV unquoting) or its JSON/JSONL export. {@code prompt_tokens} is
 * taken as inclusive of {@code prompt_cache_read_tokens}/{@code prompt_cache_write_tokens}, as the OpenAI-style
 * names say (a negative remainder is reported as a row error). {@code cost}/{@code costUSD} is Helicone's
 * estimate. Custom properties ({@code request_properties}) become tags.
 */
final class HeliconeRequests implements RowReader {
    private final FieldSet fields = new FieldSet();
    private final Field id = fields.optional("response_id", "request_id");
    private final Field created = fields.required("request_created_at", "response_created_at", "created_at");
    private final Field status = fields.optional("response_status", "status");
    private final Field model = fields.required("model", "request_model", "response_model");
    private final Field provider = fields.optional("provider");
    private final Field prompt = fields.required("prompt_tokens");
    private final Field completion = fields.required("completion_tokens");
    private final Field cacheRead = fields.optional("prompt_cache_read_tokens");
    private final Field cacheWrite = fields.optional("prompt_cache_write_tokens");
    private final Field audioIn = fields.optional("prompt_audio_tokens");
    private final Field audioOut = fields.optional("completion_audio_tokens");
    private final Field reasoning = fields.optional("reasoning_tokens");
    private final Field cost = fields.optional("cost", "costUSD", "cost_usd");
    private final Field user = fields.optional("request_user_id", "user_id");
    private final Field properties = fields.optional("request_properties", "properties");

    private final JsonSupport json;

    HeliconeRequests(JsonSupport json) {
        this.json = json;
    }

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void read(Row row, ReadSession session) {
        Draft draft = new Draft(Routes.HELICONE).model(row.required(model));
        String named = row.text(provider);
        draft.provider(named != null ? named : Providers.fromModelName(draft.model));
        draft.start = row.time(created);
        TokenSplit.inclusiveInput(draft, row, prompt, row.requiredCount(prompt), row.count(cacheRead),
                row.count(cacheWrite), 0, row.count(audioIn), 0);
        TokenSplit.inclusiveOutput(draft, row, completion, row.requiredCount(completion), row.count(reasoning),
                row.count(audioOut), 0);
        draft.add(UsageBucket.REQUESTS, 1);
        BigDecimal estimate = row.decimal(cost);
        if (estimate != null) {
            draft.cost = new ReportedCost(estimate, "USD", ReportedCost.Kind.ESTIMATED, row.declaredName(cost));
        }
        String statusCode = row.text(status);
        if (statusCode != null && !statusCode.equals("200")) {
            draft.tag("status", statusCode);
        }
        draft.key(row.name(id), row.text(id)).tag(Tags.USER, row.text(user));
        JsonNode props = properties(row);
        if (props != null) {
            props.properties().forEach(e -> draft.tag(e.getKey(), e.getValue().isTextual()
                    ? e.getValue().textValue() : e.getValue().toString()));
        }
        session.emit(draft);
    }

    /**
     * The properties object. The CSV export escapes JSON cells twice, so after CSV unquoting their quotes are
     * still doubled; such a cell is read again with the doubling undone.
     */
    private JsonNode properties(Row row) {
        String text = row.text(properties);
        if (text == null) {
            return null;
        }
        JsonNode node;
        if (row.cells() instanceof JsonCells) {
            node = row.json(properties);
        } else {
            try {
                node = json.parseCell(text, row.name(properties));
            } catch (RowProblem escapedTwice) {
                if (!text.contains("\"\"")) {
                    throw escapedTwice;
                }
                node = json.parseCell(text.replace("\"\"", "\""), row.name(properties));
            }
        }
        return node != null && node.isObject() ? node : null;
    }
}
