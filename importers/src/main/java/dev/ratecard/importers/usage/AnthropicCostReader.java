package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.SourceRef;

import java.math.BigDecimal;

/**
 * Anthropic Admin API cost report: daily buckets of results whose {@code amount} is a decimal string in the
 * currency's lowest unit ("123.45" USD is $1.2345), converted to dollars here. Rows are per cost type and token
 * type, with no token counts, so each is a cost-only record tagged with its description and types.
 */
final class AnthropicCostReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field amount = fields.optional("amount");
    private final Field currency = fields.optional("currency");
    private final Field description = fields.optional("description");
    private final Field costType = fields.optional("cost_type");
    private final Field tokenType = fields.optional("token_type");
    private final AnthropicResults results;

    AnthropicCostReader(ReaderContext context) {
        this.results = new AnthropicResults(fields, context);
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        results.read(item, where, session, (row, draft) -> {
            BigDecimal cents = row.requiredDecimal(amount);
            String code = row.text(currency);
            draft.cost = new ReportedCost(cents.movePointLeft(2), code == null ? "USD" : code,
                    ReportedCost.Kind.INVOICED, "amount");
            draft.tag("description", row.text(description))
                    .tag("cost_type", row.text(costType))
                    .tag("token_type", row.text(tokenType));
        });
    }
}
