package dev.ratecard.importers.prices.ratecard;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonDocument;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.read.SheetInput;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A file in one of Ratecard's own JSON formats, read in one pass: the top-level members, and the items of its
 * list member ({@code entries}, {@code gateways}, {@code offers}, {@code profiles}), each with the line it
 * starts on. The format and version are checked before anything else is looked at.
 */
record RatecardDocument(ObjectNode top, List<Item> items, JsonSite root) {
    static final int VERSION = 1;
    static final String FORMAT = "format";
    static final String VERSION_FIELD = "version";

    /** The formats Ratecard writes, and what each holds, so that a file of another kind is named as such. */
    static final Map<String, String> KINDS = Map.of(
            "ratecard-price-sheet", "a price sheet",
            "ratecard-gateways", "gateway fee models",
            "ratecard-gpu-offers", "GPU offers",
            "ratecard-throughput", "throughput profiles");

    record Item(JsonNode node, JsonSite site) {
    }

    static RatecardDocument read(ExactJson json, SheetInput input, String format, String listField)
            throws ImportException {
        String expected = "a Ratecard JSON file with \"format\": \"" + format + "\"";
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        List<Item> items = new ArrayList<>();
        JsonSite root = JsonSite.root(input.fileName());
        boolean sawList = false;
        try (JsonDocument document = JsonDocument.openObject(json, input, expected)) {
            while (document.nextMember()) {
                String name = document.memberName();
                if (listField.equals(name)) {
                    long line = document.tokenLine();
                    JsonSite listSite = root.atLine(line).member(listField);
                    if (document.enterValue() != JsonToken.START_ARRAY) {
                        throw new ImportException(listSite.error(document.readValue().toString(), "must be an array"));
                    }
                    sawList = true;
                    int index = 0;
                    while (document.nextElement()) {
                        JsonSite site = root.atLine(document.tokenLine()).member(listField).index(index++).entry();
                        items.add(new Item(document.readValue(), site));
                    }
                } else {
                    top.set(name, document.readValue());
                }
            }
            document.expectEnd();
        }
        checkFormat(top, root, format);
        if (!sawList || items.isEmpty()) {
            throw new ImportException(ImportIssue.error(new SourceRef(input.fileName(), 0, "$." + listField), listField,
                    null, sawList ? "is empty; the file lists nothing" : "missing; this field is required"));
        }
        return new RatecardDocument(top, items, root);
    }

    private static void checkFormat(ObjectNode top, JsonSite root, String format) throws ImportException {
        JsonNode declared = top.get(FORMAT);
        if (declared == null || !declared.isTextual()) {
            throw new ImportException(root.member(FORMAT).error(declared == null ? null : declared.toString(),
                    "missing or not text; expected \"" + format + "\""));
        }
        String kind = KINDS.get(declared.textValue());
        if (!format.equals(declared.textValue())) {
            throw new ImportException(root.member(FORMAT).error(declared.textValue(), kind == null
                    ? "not a Ratecard format; expected \"" + format + "\""
                    : "this file holds " + kind + ", not " + KINDS.get(format)));
        }
        JsonNode version = top.get(VERSION_FIELD);
        JsonSite versionSite = root.member(VERSION_FIELD);
        if (version == null) {
            throw new ImportException(versionSite.error(null, "missing; expected " + VERSION));
        }
        if (!version.isNumber() || !version.canConvertToExactIntegral()) {
            throw new ImportException(versionSite.error(version.toString(), "must be a whole number, " + VERSION));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
            throw new ImportException(versionSite.error(version.toString(), "version " + version
                    + " of " + format + " is newer than this Ratecard reads (" + VERSION + "); update Ratecard to open it"));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) < 0) {
            throw new ImportException(versionSite.error(version.toString(), "there is no version "
                    + version + " of " + format + "; the first is " + VERSION));
        }
    }
}
