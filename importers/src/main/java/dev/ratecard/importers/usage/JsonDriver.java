package dev.ratecard.importers.usage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.text.TextFile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * Walks a JSON file item by item, holding one item at a time. Two layouts:
 * <ul>
 *   <li><b>lines</b> (JSONL): the first line is a whole JSON value; each line is parsed on its own, so one
 *       broken line is one rejected row and the rest still read;</li>
 *   <li><b>document</b>: streamed; the items are the elements of a top-level array, or of a top-level
 *       {@code data} array ({@code data} object: one item), or the document itself. A broken document fails
 *       the whole read, with the line and column.</li>
 * </ul>
 * Either way an item that is a page ({@code {"data":[…]}}, e.g. one API response per JSONL line) is opened
 * up into its elements.
 */
final class JsonDriver {
    private static final int PEEK_CHARS = 1 << 20;
    private static final int SNIPPET = 60;

    enum Layout { LINES, DOCUMENT }

    /** Receives each item; returns false to stop early (detection looks at the first few only). */
    @FunctionalInterface
    interface ItemHandler {
        boolean accept(JsonNode item, SourceRef where);
    }

    /** Receives a JSONL line that is not JSON. */
    @FunctionalInterface
    interface BadLineHandler {
        void accept(SourceRef where, String snippet, String reason);
    }

    private JsonDriver() {
    }

    /** Takes JSONL lines before they are parsed as trees. */
    interface LineHook {
        /** Takes the line at the current position before it is even split off; true if it did (the line is consumed). */
        boolean tookAhead(CharLines lines, long number);

        /** Takes the line {@code chars[start, end)}; false to leave it to the tree. */
        boolean took(char[] chars, int start, int end, SourceRef where);
    }

    static void run(TextFile text, JsonItemReader reader, ReadSession session, JsonSupport json)
            throws IOException, ImportException {
        LineHook shortcut = reader instanceof LineShortcut lines ? new LineHook() {
            @Override
            public boolean tookAhead(CharLines charLines, long number) {
                Draft draft = lines.draftFrom(charLines.chars(), charLines.position(), charLines.available());
                if (draft == null || !charLines.endLineAt(lines.afterSpaces(lines.endOfRecord()))) {
                    return false;
                }
                session.rowOfOne(number, draft);
                return true;
            }

            @Override
            public boolean took(char[] chars, int start, int end, SourceRef where) {
                Draft draft = lines.draft(chars, start, end);
                if (draft == null) {
                    return false;
                }
                session.rowOfOne(where.line(), draft);
                return true;
            }
        } : null;
        forEachItem(text, session.file(), json, shortcut, (item, where) -> {
            if (item == null || !item.isObject()) {
                session.reject(where, null, item == null ? null : snippet(item.toString()), "not a JSON object");
            } else {
                session.row(where, () -> reader.read(item, where, session));
            }
            return true;
        }, (where, snippet, reason) -> session.reject(where, null, snippet, reason));
    }

    static Layout layout(String head, JsonSupport json, String file) throws ImportException {
        int start = 0;
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
            start++;
        }
        if (start == head.length()) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null, "the file is empty (only spaces)"));
        }
        char first = head.charAt(start);
        if (first == '[') {
            return Layout.DOCUMENT;
        }
        if (first != '{') {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                    "not JSON: starts with '" + first + "' where { or [ was expected"));
        }
        int newline = head.indexOf('\n', start);
        if (newline < 0) {
            return Layout.DOCUMENT;
        }
        try {
            json.readLine(head.substring(start, newline));
            return Layout.LINES;
        } catch (JsonProcessingException notWholeLine) {
            return Layout.DOCUMENT;
        }
    }

    static void forEachItem(TextFile text, String file, JsonSupport json, ItemHandler items, BadLineHandler badLines)
            throws IOException, ImportException {
        forEachItem(text, file, json, null, items, badLines);
    }

    private static void forEachItem(TextFile text, String file, JsonSupport json, LineHook shortcut, ItemHandler items,
                                    BadLineHandler badLines) throws IOException, ImportException {
        Layout layout = layout(text.peek(PEEK_CHARS), json, file);
        if (layout == Layout.LINES) {
            readLines(text, file, json, shortcut, items, badLines);
        } else {
            streamDocument(text, file, json, items);
        }
    }

    private static void readLines(TextFile text, String file, JsonSupport json, LineHook shortcut, ItemHandler items,
                                  BadLineHandler badLines) throws IOException, ImportException {
        CharLines lines = new CharLines(text.reader());
        long number = 0;
        while (true) {
            if (shortcut != null && hasText(lines, text, file, number + 1) && shortcut.tookAhead(lines, number + 1)) {
                number++;
                continue;
            }
            if (!nextLine(lines, text, file, number + 1)) {
                break;
            }
            number++;
            if (lines.isBlank()) {
                continue;
            }
            SourceRef where = SourceRef.line(file, number);
            if (shortcut != null && shortcut.took(lines.chars(), lines.start(), lines.end(), where)) {
                continue;
            }
            String line = lines.text();
            JsonNode node;
            try {
                node = json.readLine(line);
            } catch (JsonProcessingException bad) {
                badLines.accept(where, snippet(line), lineProblem(bad));
                continue;
            }
            if (!expand(node, where, items)) {
                return;
            }
        }
    }

    private static boolean nextLine(CharLines lines, TextFile text, String file, long number)
            throws IOException, ImportException {
        try {
            return lines.next();
        } catch (CharacterCodingException undecodable) {
            throw undecodable(text, file, number);
        }
    }

    private static boolean hasText(CharLines lines, TextFile text, String file, long number)
            throws IOException, ImportException {
        try {
            return lines.hasText();
        } catch (CharacterCodingException undecodable) {
            throw undecodable(text, file, number);
        }
    }

    private static ImportException undecodable(TextFile text, String file, long number) {
        return new ImportException(ImportIssue.error(SourceRef.line(file, number), null, null,
                "bytes that are not characters in the file's encoding (" + text.encoding() + "); save the file as UTF-8"));
    }

    private static String lineProblem(JsonProcessingException bad) {
        JsonLocation at = bad.getLocation();
        String column = at == null ? "" : " at column " + at.getColumnNr();
        if (isTruncation(bad)) {
            return "not valid JSON: the line ends inside a value" + column + " (truncated?)";
        }
        return "not valid JSON" + column + ": " + JsonSupport.firstLine(bad.getOriginalMessage());
    }

    private static boolean isTruncation(JsonProcessingException bad) {
        return bad instanceof JsonEOFException
                || (bad.getOriginalMessage() != null && bad.getOriginalMessage().contains("end-of-input"));
    }

    /** Opens up pages into their {@code data} elements; anything else is one item. */
    private static boolean expand(JsonNode node, SourceRef where, ItemHandler items) {
        if (node == null) {
            return items.accept(null, where);
        }
        String base = where.pointer() == null ? "$" : where.pointer();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!expand(node.get(i), at(where, base + "[" + i + "]"), items)) {
                    return false;
                }
            }
            return true;
        }
        if (!node.isObject()) {
            return items.accept(node, where);
        }
        JsonNode data = node.get("data");
        if (data != null && !node.has("usage")) {
            if (data.isArray()) {
                for (int i = 0; i < data.size(); i++) {
                    if (!items.accept(data.get(i), at(where, base + ".data[" + i + "]"))) {
                        return false;
                    }
                }
                return true;
            }
            if (data.isObject()) {
                return items.accept(data, at(where, base + ".data"));
            }
        }
        return items.accept(node, where);
    }

    private static SourceRef at(SourceRef where, String pointer) {
        return new SourceRef(where.file(), where.line(), pointer);
    }

    private static void streamDocument(TextFile text, String file, JsonSupport json, ItemHandler items)
            throws IOException, ImportException {
        try (JsonParser parser = json.parser(text.reader())) {
            JsonToken token = parser.nextToken();
            while (token != null) {
                long line = lineOf(parser);
                boolean go;
                if (token == JsonToken.START_ARRAY) {
                    go = streamArray(parser, file, items);
                } else if (token == JsonToken.START_OBJECT) {
                    go = streamObject(parser, file, line, items);
                } else {
                    throw new ImportException(ImportIssue.error(SourceRef.line(file, line), null, parser.getText(),
                            "the JSON document must be an object or an array"));
                }
                if (!go) {
                    return;
                }
                token = parser.nextToken();
            }
        } catch (CharacterCodingException undecodable) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                    "bytes that are not characters in the file's encoding (" + text.encoding() + "); save the file as UTF-8"));
        } catch (JsonProcessingException bad) {
            JsonLocation at = bad.getLocation();
            long line = at == null ? 0 : Math.max(0, at.getLineNr());
            String reason = isTruncation(bad)
                    ? "truncated JSON: the file ends inside a value (column " + (at == null ? "?" : at.getColumnNr()) + ")"
                    : "not valid JSON at column " + (at == null ? "?" : at.getColumnNr()) + ": " + JsonSupport.firstLine(bad.getOriginalMessage());
            throw new ImportException(ImportIssue.error(SourceRef.line(file, line), null, null, reason));
        }
    }

    private static boolean streamArray(JsonParser parser, String file, ItemHandler items) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = lineOf(parser);
            JsonNode element = parser.readValueAsTree();
            SourceRef where = new SourceRef(file, line, "$[" + index + "]");
            if (!expand(element, where, items)) {
                return false;
            }
            index++;
        }
        return true;
    }

    private static boolean streamObject(JsonParser parser, String file, long line, ItemHandler items) throws IOException {
        ObjectNode collected = JsonNodeFactory.instance.objectNode();
        boolean opened = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean isData = "data".equals(name) && !collected.has("usage");
            if (isData && value == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long itemLine = lineOf(parser);
                    JsonNode item = parser.readValueAsTree();
                    if (!items.accept(item, new SourceRef(file, itemLine, "$.data[" + index + "]"))) {
                        return false;
                    }
                    index++;
                }
                opened = true;
            } else if (isData && value == JsonToken.START_OBJECT) {
                long itemLine = lineOf(parser);
                JsonNode item = parser.readValueAsTree();
                if (!items.accept(item, new SourceRef(file, itemLine, "$.data"))) {
                    return false;
                }
                opened = true;
            } else {
                JsonNode member = parser.readValueAsTree();
                collected.set(name, member);
            }
        }
        return opened || items.accept(collected, SourceRef.line(file, line));
    }

    private static long lineOf(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static String snippet(String line) {
        String s = line.strip();
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
    }
}
