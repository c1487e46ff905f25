package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;

/**
 * Portkey's logs export (JSONL). When the logged response body has a {@code usage} object, its full split is
 * read ({@link ResponseUsage}); otherwise {@code req_units}/{@code res_units} give input and output with no
 * cache split. {@code cost} is in US cents (Portkey's export documentation: "Cost of the request in cents"),
 * converted to dollars, and is Portkey's estimate from its price list.
 */
final class PortkeyReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field id = fields.optional("id", "log_id");
    private final Field created = fields.optional("created_at", "timestamp");
    private final Field model = fields.optional("ai_model", "model");
    private final Field provider = fields.optional("ai_org", "provider");
    private final Field requestUnits = fields.optional("req_units");
    private final Field responseUnits = fields.optional("res_units");
    private final Field cost = fields.optional("cost");
    private final Field currency = fields.optional("cost_currency");
    private final Field cacheStatus = fields.optional("cache_status");
    private final Field success = fields.optional("is_success");
    private final Field statusCode = fields.optional("response_status_code");
    private final Field trace = fields.optional("trace_id");
    private final Field user = fields.optional("metadata._user", "metadata.user");
    private final Field responseBody = fields.optional("response.body", "response_body");

    private final ResponseUsage usage;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    PortkeyReader(ReaderContext context) {
        this.usage = new ResponseUsage(context);
        this.row = context.row();
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        row.on(cells.reset(item));
        JsonNode body = row.object(responseBody);
        Draft draft = new Draft(Routes.PORTKEY);
        if (body != null && ResponseUsage.hasUsage(body)) {
            usage.apply(body, draft, session);
            row.on(cells.reset(item));
        } else {
            draft.add(UsageBucket.UNCACHED_INPUT, row.count(requestUnits))
                    .add(UsageBucket.OUTPUT_TEXT, row.count(responseUnits))
                    .add(UsageBucket.REQUESTS, 1);
        }
        draft.model(row.required(model));
        String named = row.text(provider);
        draft.provider(named != null ? named : Providers.fromModelName(draft.model));
        draft.start = row.time(created);
        BigDecimal cents = row.decimal(cost);
        if (cents != null) {
            String code = row.text(currency);
            draft.cost = new ReportedCost(cents.movePointLeft(2), code == null ? "USD" : code,
                    ReportedCost.Kind.ESTIMATED, row.declaredName(cost));
        }
        if (!row.flag(success, true)) {
            draft.tag("status", row.text(statusCode) == null ? "failed" : row.text(statusCode));
        }
        draft.key(row.name(id), row.text(id))
                .tag("cache_status", row.text(cacheStatus))
                .tag("trace", row.text(trace))
                .tag(Tags.USER, row.text(user));
        session.emit(draft);
    }
}
