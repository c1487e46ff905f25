package dev.ratecard.store;

import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A row's model, provider and project, API key, team and app tags are written into its insert statement as literals
 * ({@link NameLiterals}); what is stored must be the same text, of the same type, as binding them stores, in statements
 * of one row and of sixteen, and past the bound on statements, where names are bound again.
 */
class NameLiteralsStorageTest {
    private static final String STORED_NAMES = """
            SELECT source_line || '|' || model || '|' || ifnull(provider, 'null') || '|' || typeof(provider) || '|'
                || ifnull(tag_project, 'null') || '|' || ifnull(tag_api_key, 'null') || '|' || ifnull(tag_team, 'null')
                || '|' || ifnull(hex(tag_app), 'null') || '|' || typeof(tag_app) || '|' || ifnull(tag_user, 'null')
            FROM usage ORDER BY source_line""";

    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void namesWrittenInStoreTheTextBindingThemStores() throws Exception {
        // 48 rows in three combinations of names (16 each, so one statement of sixteen rows each), an apostrophe in
        // one app, no provider in another, then three rows of a fourth combination, each in a statement of its own.
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            int combination = i < 48 ? i % 3 : 3;
            var record = row().line(2 + i).model("model-" + combination).tag("app", combination == 1 ? "O'Brien's" : "app")
                    .tag("api_key", "key-" + combination).tag("user", "user-" + i)
                    .provider(combination == 2 ? null : "provider-" + combination);
            if (combination == 3) {
                record.tag("project", "search").tag("team", "growth");
            }
            records.add(record.build());
        }

        workspace.importAll(request("usage.csv", 1), records);

        List<String> stored = SqlProbe.strings(workspace.file(), STORED_NAMES);
        assertEquals(51, stored.size());
        // hex('app') = 617070; hex('O''Brien''s') = 4F27427269656E2773
        assertEquals("2|model-0|provider-0|text|null|key-0|null|617070|text|user-0", stored.get(0));
        assertEquals("3|model-1|provider-1|text|null|key-1|null|4F27427269656E2773|text|user-1", stored.get(1));
        assertEquals("4|model-2|null|null|null|key-2|null|617070|text|user-2", stored.get(2));
        assertEquals("47|model-0|provider-0|text|null|key-0|null|617070|text|user-45", stored.get(45));
        assertEquals("49|model-2|null|null|null|key-2|null|617070|text|user-47", stored.get(47));
        assertEquals("52|model-3|provider-3|text|search|key-3|growth|617070|text|user-50", stored.get(50));
    }

    @Test
    void aNameWithANulCharacterIsBoundAndStoredWhole() throws Exception {
        List<UsageRecord> records = List.of(
                row().line(2).tag("app", "a\0b").build(),
                row().line(3).tag("app", "ab").build());

        workspace.importAll(request("usage.csv", 1), records);

        // hex('a' NUL 'b') = 610062
        assertEquals(List.of("610062|text", "6162|text"),
                SqlProbe.strings(workspace.file(), "SELECT hex(tag_app) || '|' || typeof(tag_app) FROM usage ORDER BY source_line"));
    }

    @Test
    void pastTheBoundOnStatementsNamesAreBoundAndStillStoredExactly() throws Exception {
        int models = NameLiterals.MAX_STATEMENTS + 72;
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < models; i++) {
            records.add(row().line(2 + i).model("model-" + i).build());
        }

        workspace.importAll(request("usage.csv", 1), records);

        List<String> stored = SqlProbe.strings(workspace.file(), "SELECT model || '|' || typeof(model) FROM usage ORDER BY source_line");
        assertEquals(models, stored.size());
        for (int i = 0; i < models; i++) {
            assertEquals("model-" + i + "|text", stored.get(i));
        }
    }

    @Test
    void combinationsGetNumbersOnlyWhileStatementsAreLeft() {
        NameLiterals names = new NameLiterals();
        long shape = 0b101;
        long first = names.bitsOf(UsageRow.of(row().model("model-0").build()), shape);
        for (int i = 1; i < NameLiterals.MAX_STATEMENTS; i++) {
            assertNotEquals(0, names.bitsOf(UsageRow.of(row().model("model-" + i).build()), shape));
        }

        assertEquals(0, names.bitsOf(UsageRow.of(row().model("one model too many").build()), shape));
        assertEquals(first, names.bitsOf(UsageRow.of(row().model("model-0").build()), shape), "a statement already made");
        assertEquals(0, names.bitsOf(UsageRow.of(row().model("model-0").build()), 0b111), "another shape: a new statement");
        assertEquals(1L << RowShape.NAMES_SHIFT, first);
    }
}
