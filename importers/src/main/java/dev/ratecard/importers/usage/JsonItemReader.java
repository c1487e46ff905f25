package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.SourceRef;

/**
 * Reads a JSON format item by item: a JSONL line, an element of a top-level array or of a {@code data}
 * array, or the whole document. Items that hold rows of their own (usage buckets and their {@code results})
 * run each through {@link ReadSession#row} with its own pointer.
 */
non-sealed interface JsonItemReader extends FormatReader {
    void read(JsonNode item, SourceRef where, ReadSession session);

    /** The pointer of {@code child} below {@code where}: {@code $.data[2].results[0]}. */
    static SourceRef child(SourceRef where, String member, int index) {
        String base = where.pointer() == null ? "$" : where.pointer();
        return new SourceRef(where.file(), where.line(), base + "." + member + "[" + index + "]");
    }
}
