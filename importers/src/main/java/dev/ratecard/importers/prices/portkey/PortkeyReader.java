package dev.ratecard.importers.prices.portkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.prices.parse.CatalogueSheet;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonDocument;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;
import dev.ratecard.importers.prices.parse.SheetDefaults;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.SheetInput;

import java.util.Map;

/**
 * Reads Portkey's pricing database (Portkey-AI/models): one {@code pricing/<provider>.json} file (model →
 * {@code pricing_config}; the provider is the file name) or several merged into one object keyed by provider.
 * Prices are US cents and become USD. Each file's {@code default} entry is a template, not a model, and is
 * kept among the sheet's other fields.
 */
public final class PortkeyReader implements PriceSheetReader {
    static final String DEFAULT_ENTRY = "default";
    static final String SOURCE = "_source";

    private final ExactJson json = ExactJson.lenient();
    private final PortkeyEntryMapper mapper = new PortkeyEntryMapper();

    @Override
    public PriceSheetFormat format() {
        return PriceSheetFormat.PORTKEY;
    }

    @Override
    public PriceSheetRead read(SheetInput input) throws ImportException {
        CatalogueSheet sheet = new CatalogueSheet(input, PriceSheetFormat.PORTKEY,
                "Portkey's pricing JSON, models with a \"pricing_config\" (or providers of them)");
        String fileProvider = SheetDefaults.baseName(input.fileName());
        String source = null;
        try (JsonDocument document = JsonDocument.openObject(json, input, sheet.expected())) {
            while (document.nextMember()) {
                String key = document.memberName();
                JsonSite site = JsonSite.root(document.file()).atLine(document.tokenLine()).member(key).entry();
                JsonNode value = document.readValue();
                if (SOURCE.equals(key) && value.isTextual()) {
                    source = value.textValue();
                    sheet.extra(key, JsonValues.jsonText(value));
                } else if (DEFAULT_ENTRY.equals(key)) {
                    sheet.extra(fileProvider + "/" + key, JsonValues.jsonText(value));
                } else if (value.has(PortkeyEntryMapper.PRICING_CONFIG) || !value.isObject()) {
                    readModel(fileProvider, key, value, site, sheet);
                } else {
                    readProvider(key, value, site, sheet);
                }
            }
            document.expectEnd();
        }
        return sheet.finish(source == null ? null : SheetDefaults.dateIn(source), source, null, "portkey", "Portkey pricing");
    }

    private void readProvider(String provider, JsonNode models, JsonSite site, CatalogueSheet sheet) {
        for (Map.Entry<String, JsonNode> model : models.properties()) {
            if (DEFAULT_ENTRY.equals(model.getKey())) {
                sheet.extra(provider + "/" + model.getKey(), JsonValues.jsonText(model.getValue()));
            } else {
                readModel(provider, model.getKey(), model.getValue(), site.member(model.getKey()).entry(), sheet);
            }
        }
    }

    private void readModel(String provider, String model, JsonNode value, JsonSite site, CatalogueSheet sheet) {
        try {
            switch (mapper.map(provider, model, value, site)) {
                case PortkeyEntryMapper.Entry entry -> {
                    sheet.add(entry.entry(), null);
                    entry.warnings().forEach(sheet::issue);
                }
                case PortkeyEntryMapper.Skipped skipped -> sheet.issue(skipped.warning());
            }
        } catch (EntryProblem problem) {
            sheet.issue(problem.issue());
        }
    }
}
