package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.IssueLog;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.SheetDefaults;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.SheetInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Ratecard's own JSON price sheet, version 1 (docs/formats/price-sheet.md). A person wrote it and must
 * fix it, so any error rejects the whole sheet, with every problem found listed at once; nothing of a
 * rejected sheet is returned.
 */
public final class RatecardJsonSheetReader implements PriceSheetReader {
    static final String FORMAT = "ratecard-price-sheet";
    static final String ENTRIES = "entries";

    private final ExactJson json = ExactJson.strict();
    private final RatecardEntryReader entryReader = new RatecardEntryReader();

    @Override
    public PriceSheetFormat format() {
        return PriceSheetFormat.RATECARD_JSON;
    }

    @Override
    public PriceSheetRead read(SheetInput input) throws ImportException {
        RatecardDocument document = RatecardDocument.read(json, input, FORMAT, ENTRIES);
        IssueLog issues = new IssueLog();
        JsonFields top = new JsonFields(document.top(), document.root(), issues);
        top.node(RatecardDocument.FORMAT);
        top.node(RatecardDocument.VERSION_FIELD);
        String id = top.text("id", true);
        if (id != null && !SheetDefaults.ID.matcher(id).matches()) {
            top.fail(top.site("id").error(id, "an id is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"));
        }
        String name = top.text("name", true);
        String currency = currency(top);
        String source = top.text("source", true);
        LocalDate asOf = top.date("as_of", true);
        String notes = top.text("notes", false);
        RatecardEntryReader.SheetDefaults defaults = new RatecardEntryReader.SheetDefaults(
                top.text("provider", false), top.text("route", false), currency, source, asOf);
        Map<String, String> extra = top.unread("");
        List<PriceEntry> entries = new ArrayList<>();
        Map<String, JsonSite> seen = new HashMap<>();
        for (RatecardDocument.Item item : document.items()) {
            PriceEntry entry = entryReader.read(item.node(), item.site(), defaults, issues);
            if (entry != null) {
                rejectDuplicate(entry, item.site(), seen, issues);
                entries.add(entry);
            }
        }
        issues.rejectIfErrors();
        PriceSheet sheet = new PriceSheet(id, name, PriceSheetFormat.RATECARD_JSON, new Provenance(source, asOf, notes),
                entries, extra);
        return new PriceSheetRead(sheet, issues.list());
    }

    private static String currency(JsonFields top) {
        String code = top.text("currency", true);
        if (code == null) {
            return null;
        }
        try {
            if (code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))) {
                return Currency.getInstance(code).getCurrencyCode();
            }
        } catch (IllegalArgumentException notACurrency) {
            // Reported below.
        }
        top.fail(top.site("currency").error(code, "not an ISO 4217 currency code such as USD or EUR"));
        return null;
    }

    private static void rejectDuplicate(PriceEntry entry, JsonSite site, Map<String, JsonSite> seen, IssueLog issues) {
        String key = entry.provider() + "\u0000" + entry.model() + "\u0000" + entry.route();
        JsonSite first = seen.putIfAbsent(key, site);
        if (first != null) {
            issues.add(ImportIssue.error(site.ref(), "model", entry.model(), "the sheet already prices "
                    + entry.provider() + " " + entry.model() + " on route " + entry.route() + " at " + first.ref()));
        }
    }
}
