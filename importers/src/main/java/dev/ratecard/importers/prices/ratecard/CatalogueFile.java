package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.IssueLog;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.read.CatalogueItem;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.SheetInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the three catalogue files share (docs/formats/price-sheet.md, "Other catalogue files"): a format and
 * version, a list of items, a source and an as-of date on every item (its own, or the file's top-level
 * {@code source} and {@code as_of}), unknown fields kept, and rejection of the whole file on any error.
 */
final class CatalogueFile {
    private CatalogueFile() {
    }

    /** Maps one item; returns null when something is wrong, having logged it on {@code item}. */
    @FunctionalInterface
    interface ItemMapper<T> {
        T map(JsonFields item, ItemDefaults defaults);
    }

    /** The file-level source and as-of date, for items that state none. */
    record ItemDefaults(String source, LocalDate asOf) {
        /** The item's provenance, or null (with the problem logged) when neither it nor the file has one. */
        Provenance provenance(JsonFields item, String noteField) {
            String source = item.text("source", this.source == null);
            LocalDate asOf = item.date("as_of", this.asOf == null);
            String note = noteField == null ? null : item.text(noteField, false);
            if (source == null && this.source == null || asOf == null && this.asOf == null) {
                return null;
            }
            return new Provenance(source != null ? source : this.source, asOf != null ? asOf : this.asOf, note);
        }
    }

    /** @param key what must be unique among the items, or null when items may repeat */
    static <T> CatalogueRead<T> read(ExactJson json, SheetInput input, String format, String listField,
                                     ItemMapper<T> mapper, Function<T, String> key) throws ImportException {
        RatecardDocument document = RatecardDocument.read(json, input, format, listField);
        IssueLog issues = new IssueLog();
        JsonFields top = new JsonFields(document.top(), document.root(), issues);
        top.node(RatecardDocument.FORMAT);
        top.node(RatecardDocument.VERSION_FIELD);
        ItemDefaults defaults = new ItemDefaults(top.text("source", false), top.date("as_of", false));
        List<CatalogueItem<T>> items = new ArrayList<>();
        Map<String, JsonSite> seen = new HashMap<>();
        for (RatecardDocument.Item item : document.items()) {
            JsonFields fields = new JsonFields(item.node(), item.site(), issues);
            T value = fields.ok() ? mapper.map(fields, defaults) : null;
            if (value == null || !fields.ok()) {
                continue;
            }
            JsonSite first = key == null ? null : seen.putIfAbsent(key.apply(value), item.site());
            if (first != null) {
                issues.add(ImportIssue.error(item.site().ref(), null, key.apply(value),
                        "listed twice; the first is at " + first.ref()));
            }
            items.add(new CatalogueItem<>(value, item.site().ref(), fields.unread("")));
        }
        issues.rejectIfErrors();
        return new CatalogueRead<>(items, top.unread(""), issues.list());
    }
}
