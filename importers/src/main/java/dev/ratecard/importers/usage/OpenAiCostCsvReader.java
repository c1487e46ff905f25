package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;

import java.math.BigDecimal;

/**
 * The dashboard's cost export ({@code cost_*.csv}): a day's amount in dollars per line item and project.
 * The file has no token counts, so each row is a cost-only record; the model is the part of the quoted
 * {@code line_item} before its comma ({@code "gpt-4o-2024-05-13, input"}), and the whole line item is a tag.
 */
final class OpenAiCostCsvReader implements RowReader {
    private final FieldSet fields = new FieldSet();
    private final OpenAiExportTimes times = new OpenAiExportTimes(fields);
    private final Field amount = fields.required("amount_value", "amount");
    private final Field currency = fields.optional("amount_currency", "currency");
    private final Field lineItem = fields.optional("line_item");
    private final Field project = fields.optional("project_id");
    private final Field projectName = fields.optional("project_name");
    private final Field apiKey = fields.optional("api_key_id");
    private final Field organization = fields.optional("organization_id");

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void read(Row row, ReadSession session) {
        BigDecimal value = row.requiredDecimal(amount);
        String item = row.text(lineItem);
        String code = row.text(currency);
        Draft draft = new Draft(Routes.DIRECT).provider("openai").model(LineItems.model(item));
        times.span(row, draft, session);
        draft.cost = new ReportedCost(value, code == null ? "USD" : code, ReportedCost.Kind.INVOICED, row.declaredName(amount));
        draft.tag("line_item", item)
                .tag(Tags.PROJECT, row.text(project))
                .tag("project_name", row.text(projectName))
                .tag(Tags.API_KEY, row.text(apiKey))
                .tag("organization", row.text(organization));
        session.emit(draft);
    }
}
