package dev.ratecard.store;

import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An import binds its text values as UTF-8 bytes made on the reading thread and casts them back to text in the insert
 * statement ({@link RowShape}). What is stored must be the text itself, of type text, with its length in characters:
 * whatever the script, an empty string as an empty string (not NULL), and a lone surrogate, which no UTF-8 can hold,
 * as the {@code ?} the driver would have stored for the string.
 */
class TextValuesStorageTest {
    @RegisterExtension
    final TempWorkspace empty = new TempWorkspace();
    @RegisterExtension
    final TempWorkspace withRows = new TempWorkspace();

    private static final String STORED = """
            SELECT source_line || '|' || model || '|' || typeof(model) || '|' || length(model)
                || '|' || provider || '|' || typeof(provider) || '|' || length(provider)
                || '|' || tag_project || '|' || typeof(tag_project) || '|' || length(tag_project)
                || '|' || natural_key || '|' || typeof(natural_key)
            FROM usage WHERE batch_id = (SELECT max(id) FROM import_batch) ORDER BY source_line""";

    @Test
    void textInAnyScriptEmptyOrNotIsStoredAsTheTextItWas() throws Exception {
        List<UsageRecord> records = List.of(
                row().line(2).model("модель-ü").provider("Fournisseur é").tag("project", "👩‍💻 team").id("req-ß").build(),
                row().line(3).model("plain").provider("").tag("project", "").id("req-2").build(),
                row().line(4).model("x\uD800y").provider("OpenAI").tag("project", "a").id("req-3").build());
        withRows.importAll(request("earlier.csv", 1), List.of(row().line(2).at("2024-01-01T00:00:00Z").build()));

        empty.importAll(request("usage.csv", 2), records);
        withRows.importAll(request("usage.csv", 2), records);

        // Lengths in characters: "модель-ü" 8; "Fournisseur é" 13; "👩‍💻 team" is woman, zero-width joiner, laptop,
        // then " team": 3 + 5 = 8; an empty string 0; the lone surrogate between x and y becomes one "?", 3 in all.
        List<String> expected = List.of(
                "2|модель-ü|text|8|Fournisseur é|text|13|👩‍💻 team|text|8|req-ß|text",
                "3|plain|text|5||text|0||text|0|req-2|text",
                "4|x?y|text|3|OpenAI|text|6|a|text|1|req-3|text");
        assertEquals(expected, SqlProbe.strings(empty.file(), STORED));
        assertEquals(expected, SqlProbe.strings(withRows.file(), STORED));
    }
}
