package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.text.CsvSyntaxException;
import dev.ratecard.importers.text.CsvTable;
import dev.ratecard.importers.text.DelimiterSniffer;
import dev.ratecard.importers.text.TextFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a file's format from its content, never its name: JSON by its first character, then by the members
 * of its first recognisable items (up to {@value #ITEMS_LOOKED_AT}); CSV by its header's column names. A CSV
 * that no reader knows is offered as {@link UsageFormat#MAPPED_CSV}; anything else is refused with a reason.
 */
final class FormatDetector {
    static final int ITEMS_LOOKED_AT = 20;
    private static final int HEAD = 1 << 16;

    private final JsonSupport json;

    FormatDetector(JsonSupport json) {
        this.json = json;
    }

    Detection detect(Path file, String name) throws IOException, ImportException {
        try (TextFile text = TextFile.open(file, name, false)) {
            String head = text.peek(HEAD);
            int start = 0;
            while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
                start++;
            }
            if (start == head.length()) {
                throw refuse(name, "the file is empty (only spaces and line breaks)");
            }
            char first = head.charAt(start);
            if (first == '{' || first == '[') {
                return detectJson(text, name);
            }
            return detectCsv(text, name, head);
        }
    }

    private Detection detectJson(TextFile text, String name) throws IOException, ImportException {
        JsonSurvey survey = new JsonSurvey();
        JsonDriver.forEachItem(text, name, json, survey, (where, snippet, reason) -> { });
        if (survey.found != null) {
            return detection(survey.found, text, null);
        }
        if (survey.emptyBucketsOf != null) {
            return detection(new FormatGuess(survey.emptyBucketsOf, Confidence.LOW,
                    "only empty buckets, which usage and cost reports share"), text, null);
        }
        throw refuse(name, survey.seen == 0 ? "JSON without any object in it"
                : "JSON of no format Ratecard knows; the first item has the members: " + String.join(", ", survey.firstMembers));
    }

    /** Looks at the first items until one says its format; remembers what it saw for the refusal otherwise. */
    private static final class JsonSurvey implements JsonDriver.ItemHandler {
        private FormatGuess found;
        private UsageFormat emptyBucketsOf;
        private final List<String> firstMembers = new ArrayList<>();
        private int seen;

        @Override
        public boolean accept(JsonNode item, SourceRef where) {
            seen++;
            found = JsonShapes.classify(item);
            if (found != null) {
                return false;
            }
            if (item != null && item.isObject()) {
                if (firstMembers.isEmpty()) {
                    item.properties().forEach(e -> firstMembers.add(e.getKey()));
                }
                if (item.path("results").isArray()) {
                    emptyBucketsOf = item.has("starting_at") ? UsageFormat.ANTHROPIC_USAGE_JSON : UsageFormat.OPENAI_USAGE_JSON;
                }
            }
            return seen < ITEMS_LOOKED_AT;
        }
    }

    private Detection detectCsv(TextFile text, String name, String head) throws IOException, ImportException {
        char delimiter = DelimiterSniffer.sniff(head);
        int newline = head.indexOf('\n');
        String firstLine = newline < 0 ? head : head.substring(0, newline);
        if (firstLine.indexOf(delimiter) < 0) {
            throw refuse(name, "not a format Ratecard knows: neither JSON nor CSV (the first line has no comma,"
                    + " semicolon, tab or | between columns)");
        }
        try (CsvTable table = CsvTable.open(text.reader(), delimiter)) {
            FormatGuess guess = CsvShapes.classify(table.header());
            if (guess == null) {
                guess = new FormatGuess(UsageFormat.MAPPED_CSV, Confidence.LOW,
                        "no built-in reader knows the columns " + String.join(", ", table.header().names())
                                + "; map them to time, model and token columns");
            }
            return detection(guess, text, delimiter);
        } catch (CsvSyntaxException broken) {
            throw new ImportException(ImportIssue.error(SourceRef.line(name, broken.line()), null, null,
                    "not readable as CSV: " + broken.reason()));
        }
    }

    private static Detection detection(FormatGuess guess, TextFile text, Character delimiter) {
        return new Detection(guess.format(), guess.confidence(), guess.reason(), text.encoding(), delimiter);
    }

    private static ImportException refuse(String name, String reason) {
        return new ImportException(ImportIssue.error(SourceRef.wholeFile(name), null, null, reason));
    }
}
