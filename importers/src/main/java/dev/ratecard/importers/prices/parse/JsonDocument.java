package dev.ratecard.importers.prices.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.read.SheetInput;

import java.io.CharConversionException;
import java.io.IOException;

/**
 * Walks a JSON file member by member, reading each entry as a small tree and remembering the line it starts
 * on, so that issues can name a line as well as a JSON path and a 1.5 MB catalogue is never held as one
 * tree. Every syntax problem becomes an {@link ImportException} naming the file, line and column.
 */
public final class JsonDocument implements AutoCloseable {
    private static final int PROGRESS_EVERY = 64;

    private final ExactJson json;
    private final String file;
    private final long totalBytes;
    private final Progress progress;
    private final JsonParser parser;
    private int sinceProgress;

    private JsonDocument(ExactJson json, SheetInput input, JsonParser parser) {
        this.json = json;
        this.file = input.fileName();
        this.totalBytes = input.content().length;
        this.progress = input.context().progress();
        this.parser = parser;
    }

    /** Opens the file and checks that it holds a JSON object; {@code expected} says what it should be. */
    public static JsonDocument openObject(ExactJson json, SheetInput input, String expected) throws ImportException {
        if (TextBytes.isBlank(input.content())) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(input.fileName()), null, null,
                    "the file is empty; expected " + expected));
        }
        JsonDocument document;
        try {
            document = new JsonDocument(json, input, json.parser(input.content()));
        } catch (IOException e) {
            throw failure(input.fileName(), e);
        }
        if (document.next() != JsonToken.START_OBJECT) {
            throw new ImportException(ImportIssue.error(new SourceRef(input.fileName(), document.tokenLine(), "$"), null,
                    null, "the file does not hold a JSON object; expected " + expected));
        }
        return document;
    }

    public String file() {
        return file;
    }

    /** Moves to the next member of the current object; false at its end. */
    public boolean nextMember() throws ImportException {
        JsonToken token = next();
        if (token == JsonToken.FIELD_NAME) {
            tick();
            return true;
        }
        if (token == JsonToken.END_OBJECT) {
            return false;
        }
        throw new ImportException(ImportIssue.error(new SourceRef(file, tokenLine(), null), null, null,
                "expected a member name, found " + token));
    }

    /** Moves into the value of the current member; returns its first token (e.g. START_ARRAY). */
    public JsonToken enterValue() throws ImportException {
        return next();
    }

    /** Moves to the next element of the current array; false at its end. */
    public boolean nextElement() throws ImportException {
        JsonToken token = next();
        if (token == JsonToken.END_ARRAY) {
            return false;
        }
        tick();
        return true;
    }

    public String memberName() throws ImportException {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** The line of the current token: the member name or the element just moved to. */
    public long tokenLine() {
        return Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    /** Reads the value after the current member name, or the current array element, as a tree. */
    public JsonNode readValue() throws ImportException {
        try {
            if (parser.currentToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
            }
            return json.readTree(parser);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Checks that nothing but whitespace follows the top-level value, and reports the file as read. */
    public void expectEnd() throws ImportException {
        JsonToken token = next();
        if (token != null) {
            throw new ImportException(ImportIssue.error(new SourceRef(file, tokenLine(), null), null, null,
                    "unexpected content after the end of the top-level JSON value"));
        }
        progress.update(totalBytes, totalBytes);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Reading from a byte array: closing cannot fail in a way that affects what was read.
        }
    }

    private JsonToken next() throws ImportException {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private void tick() {
        progress.checkCancelled();
        if (++sinceProgress >= PROGRESS_EVERY) {
            sinceProgress = 0;
            progress.update(parser.currentLocation().getByteOffset(), totalBytes);
        }
    }

    /** The issue for a file Jackson could not parse: where it stopped and why, in words a user can act on. */
    public static ImportException failure(String file, IOException e) {
        if (e instanceof CharConversionException) {
            return new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                    "the file is not UTF-8, UTF-16 or UTF-32 text: " + firstLine(e.getMessage())));
        }
        if (e instanceof JacksonException jackson) {
            long line = jackson.getLocation() == null ? 0 : Math.max(0, jackson.getLocation().getLineNr());
            int column = jackson.getLocation() == null ? -1 : jackson.getLocation().getColumnNr();
            // Jackson reports a premature end as JsonEOFException or, between members, as "end-of-input".
            boolean truncated = e instanceof JsonEOFException
                    || String.valueOf(jackson.getOriginalMessage()).contains("end-of-input");
            String reason = truncated
                    ? "the JSON ends before it is complete (the file looks truncated)"
                    : "malformed JSON: " + firstLine(jackson.getOriginalMessage());
            if (column > 0) {
                reason += ", at column " + column;
            }
            return new ImportException(ImportIssue.error(new SourceRef(file, line, null), null, null, reason));
        }
        return new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                "could not read the file: " + firstLine(e.getMessage())));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
