package dev.ratecard.importers.prices.openrouter;

import com.fasterxml.jackson.core.JsonToken;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.parse.CatalogueSheet;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonDocument;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.SheetInput;


/**
 * Reads a response of OpenRouter's {@code GET /api/v1/models}: {@code {"data": [model, …]}}. The list states
 * no date, so the as-of date comes from the caller (or the file name, e.g. {@code openrouter_models_2026-08-01.json}).
 * A model that cannot be read is skipped with an error naming it; a router whose price is {@code "-1"}
 * ("varies") is skipped with a warning.
 */
public final class OpenRouterReader implements PriceSheetReader {
    static final String DATA = "data";
    private static final String DEFAULT_SOURCE = "https://openrouter.ai/api/v1/models";

    private final ExactJson json = ExactJson.lenient();
    private final OpenRouterEntryMapper mapper = new OpenRouterEntryMapper();

    @Override
    public PriceSheetFormat format() {
        return PriceSheetFormat.OPENROUTER;
    }

    @Override
    public PriceSheetRead read(SheetInput input) throws ImportException {
        CatalogueSheet sheet = new CatalogueSheet(input, PriceSheetFormat.OPENROUTER,
                "OpenRouter's models list, a JSON object with a \"data\" array of models");
        boolean sawData = false;
        try (JsonDocument document = JsonDocument.openObject(json, input, sheet.expected())) {
            while (document.nextMember()) {
                String name = document.memberName();
                if (DATA.equals(name)) {
                    long line = document.tokenLine();
                    if (document.enterValue() != JsonToken.START_ARRAY) {
                        throw new ImportException(JsonSite.root(input.fileName()).atLine(line).member(DATA)
                                .error(null, "must be an array of models"));
                    }
                    sawData = true;
                    readModels(document, sheet);
                } else {
                    sheet.extra(name, JsonValues.jsonText(document.readValue()));
                }
            }
            document.expectEnd();
        }
        if (!sawData) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(input.fileName()), DATA, null,
                    "no \"data\" array; expected " + sheet.expected()));
        }
        // The public endpoint is where such lists come from; a caller that knows better says so in the context.
        return sheet.finish(null, null, DEFAULT_SOURCE, "openrouter", "OpenRouter models");
    }

    private void readModels(JsonDocument document, CatalogueSheet sheet) throws ImportException {
        int index = 0;
        while (document.nextElement()) {
            JsonSite site = JsonSite.root(document.file()).atLine(document.tokenLine()).member(DATA).index(index++).entry();
            try {
                switch (mapper.map(document.readValue(), site)) {
                    case OpenRouterEntryMapper.Entry entry -> sheet.add(entry.entry(), null);
                    case OpenRouterEntryMapper.Skipped skipped -> sheet.issue(skipped.warning());
                }
            } catch (EntryProblem problem) {
                sheet.issue(problem.issue());
            }
        }
    }
}
