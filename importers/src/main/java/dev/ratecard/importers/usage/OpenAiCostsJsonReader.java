package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * OpenAI Costs API pages: daily buckets whose results carry {@code amount.value} in dollars. Where a result
 * gives a token {@code quantity} ({@code quantity_unit} {@code tokens} or {@code 1000_tokens}) and its line
 * item says which kind (input, cached input, output), the tokens are kept in that bucket; otherwise the record
 * is cost-only.
 */
final class OpenAiCostsJsonReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field amount = fields.optional("amount.value");
    private final Field currency = fields.optional("amount.currency");
    private final Field lineItem = fields.optional("line_item");
    private final Field project = fields.optional("project_id");
    private final Field apiKey = fields.optional("api_key_id");
    private final Field quantity = fields.optional("quantity");
    private final Field quantityUnit = fields.optional("quantity_unit");

    private final BucketedJson buckets;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    OpenAiCostsJsonReader(ReaderContext context) {
        this.buckets = new BucketedJson(context, "organization.costs.result");
        this.row = context.row();
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        buckets.read(item, where, session, (result, start, end, s) -> {
            row.on(cells.reset(result));
            BigDecimal value = row.requiredDecimal(amount);
            String lineItemText = row.text(lineItem);
            String code = row.text(currency);
            Draft draft = new Draft(Routes.DIRECT).provider("openai").model(LineItems.model(lineItemText));
            draft.span(start, end, "end_time", end == null ? null : end.toString());
            draft.cost = new ReportedCost(value, code == null ? "USD" : code, ReportedCost.Kind.INVOICED, "amount.value");
            addTokens(draft, lineItemText, s);
            draft.tag("line_item", lineItemText)
                    .tag(Tags.PROJECT, row.text(project))
                    .tag(Tags.API_KEY, row.text(apiKey));
            s.emit(draft);
        });
    }

    private void addTokens(Draft draft, String item, ReadSession session) {
        String unit = row.text(quantityUnit);
        BigDecimal amountOfUnits = row.decimal(quantity);
        if (unit == null || amountOfUnits == null) {
            return;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (!u.equals("tokens") && !u.equals("1000_tokens")) {
            return;
        }
        BigDecimal tokens = u.equals("1000_tokens") ? amountOfUnits.movePointRight(3) : amountOfUnits;
        long count = row.count("quantity", tokens.toPlainString());
        UsageBucket bucket = LineItems.bucket(item);
        if (bucket == null) {
            session.warn("line_item", item, "a quantity of " + count + " tokens whose line item does not say input or"
                    + " output; kept as cost only");
            return;
        }
        draft.add(bucket, count);
    }
}
