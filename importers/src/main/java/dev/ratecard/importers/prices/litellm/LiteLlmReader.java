package dev.ratecard.importers.prices.litellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.prices.parse.CatalogueSheet;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonDocument;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.SheetInput;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json}: one JSON object of model key → entry, in USD
 * per unit. {@code sample_spec} and {@code fallback_generalizations} are not models and are kept as the
 * sheet's other fields; {@code last_updated} (added by mirrors) gives the as-of date. An entry that cannot
 * be read is skipped with an error naming it, so the other 2,900-odd stay usable.
 */
public final class LiteLlmReader implements PriceSheetReader {
    static final Set<String> RESERVED = Set.of("sample_spec", "fallback_generalizations");
    static final String LAST_UPDATED = "last_updated";

    private final ExactJson json = ExactJson.lenient();
    private final LiteLlmEntryMapper mapper = new LiteLlmEntryMapper();

    @Override
    public PriceSheetFormat format() {
        return PriceSheetFormat.LITELLM;
    }

    @Override
    public PriceSheetRead read(SheetInput input) throws ImportException {
        CatalogueSheet sheet = new CatalogueSheet(input, PriceSheetFormat.LITELLM,
                "LiteLLM's model price map, a JSON object of model entries");
        LocalDate lastUpdated = null;
        try (JsonDocument document = JsonDocument.openObject(json, input, sheet.expected())) {
            while (document.nextMember()) {
                String key = document.memberName();
                JsonSite site = JsonSite.root(document.file()).atLine(document.tokenLine()).member(key).entry();
                JsonNode value = document.readValue();
                if (RESERVED.contains(key)) {
                    sheet.extra(key, JsonValues.jsonText(value));
                } else if (LAST_UPDATED.equals(key)) {
                    sheet.extra(key, JsonValues.jsonText(value));
                    lastUpdated = lastUpdated(value, site, sheet);
                } else {
                    readEntry(key, value, site, sheet);
                }
            }
            document.expectEnd();
        }
        return sheet.finish(lastUpdated, null, null, "litellm", "LiteLLM model prices");
    }

    private void readEntry(String key, JsonNode value, JsonSite site, CatalogueSheet sheet) {
        try {
            LiteLlmEntryMapper.Mapped entry = mapper.map(key, value, site);
            sheet.add(entry.entry(), entry.citedSource() == null ? null : "LiteLLM cites " + entry.citedSource());
            entry.warnings().forEach(sheet::issue);
        } catch (EntryProblem problem) {
            sheet.issue(problem.issue());
        }
    }

    /** The UTC date of {@code last_updated} (an ISO timestamp or date); unreadable, it is reported and not used. */
    private static LocalDate lastUpdated(JsonNode value, JsonSite site, CatalogueSheet sheet) {
        String text = value.isTextual() ? value.textValue().trim() : value.toString();
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException notATimestamp) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                sheet.issue(site.warning(text, "not a date or timestamp; the as-of date is taken from elsewhere"));
                return null;
            }
        }
    }
}
