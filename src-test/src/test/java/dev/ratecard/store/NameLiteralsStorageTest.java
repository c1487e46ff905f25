package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.model.UsageRecordBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row's model, provider and project, API key, team and app tags are written into its insert statement as literals
 * once their combination is met often enough ({@link NameLiterals}); what is stored must be the same text, of the same
 * type, as binding them stores, whichever way each row went in.
 */
class NameLiteralsStorageTest {
    private static final String STORED_NAMES = """
            SELECT model || '|' || ifnull(provider, 'null') || '|' || typeof(provider) || '|' || ifnull(tag_project, 'null')
                || '|' || ifnull(tag_api_key, 'null') || '|' || ifnull(tag_team, 'null') || '|' || hex(tag_app) || '|'
                || typeof(tag_app) || '|' || tag_user
            FROM usage ORDER BY source_line""";

    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void namesWrittenInOrBoundStoreTheSameText() throws Exception {
        // Four combinations a quarter of the rows each, so written in after the first window; a fifth every 500th
        // row, too rare for a statement of its own, so bound throughout.
        int rows = NameLiterals.WINDOW + 1_000;
        List<UsageRecord> records = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int combination = i % 500 == 7 ? 4 : i % 4;
            String provider = combination == 2 ? null : "provider-" + combination;
            String app = combination == 1 ? "O'Brien's" : "app";
            UsageRecordBuilder record = row().line(2 + i).model("model-" + combination).provider(provider)
                    .tag("app", app).tag("api_key", "key-" + combination).tag("user", "user-" + i);
            if (combination == 3) {
                record.tag("project", "search").tag("team", "growth");
            }
            records.add(record.build());
            // hex('app') = 617070; hex('O''Brien''s') = 4F27427269656E2773
            expected.add("model-" + combination + "|" + (provider == null ? "null|null" : provider + "|text") + "|"
                    + (combination == 3 ? "search" : "null") + "|key-" + combination + "|"
                    + (combination == 3 ? "growth" : "null") + "|" + (combination == 1 ? "4F27427269656E2773" : "617070")
                    + "|text|user-" + i);
        }

        workspace.importAll(request("usage.csv", 1), records);

        assertEquals(expected, SqlProbe.strings(workspace.file(), STORED_NAMES));
    }

    @Test
    void aLoneSurrogateWrittenInIsStoredAsTheQuestionMarkBindingStores() throws Exception {
        // As TextValuesStorageTest: no UTF-8 holds a lone surrogate, and the driver stores "?" for it; the statement's
        // text goes through the same encoding, so rows after the first window, written in, store the same.
        int rows = NameLiterals.WINDOW + 100;
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            records.add(row().line(2 + i).model("x\uD800y").provider("p\uDC00").tag("user", "user-" + i).build());
        }

        workspace.importAll(request("usage.csv", 1), records);

        assertEquals(List.of("x?y|p?|" + rows), SqlProbe.strings(workspace.file(),
                "SELECT model || '|' || provider || '|' || count(*) FROM usage GROUP BY model, provider"));
    }

    @Test
    void pastTheBoundOnStatementsNamesAreBoundAndStillStoredExactly() throws Exception {
        // 200 models of 20 rows each in the first window: all met often enough, 128 written in, 72 bound.
        int models = NameLiterals.MAX_STATEMENTS + 72;
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 2 * models * 20; i++) {
            records.add(row().line(2 + i).model("model-" + i % models).tag("user", "user-" + i).build());
        }

        workspace.importAll(request("usage.csv", 1), records);

        List<String> stored = SqlProbe.strings(workspace.file(), "SELECT model || '|' || typeof(model) FROM usage ORDER BY source_line");
        assertEquals(records.size(), stored.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals("model-" + i % models + "|text", stored.get(i));
        }
    }

    @Test
    void afterTheFirstWindowAnImportsRowsGoInWithTheirNamesWrittenIntoTheStatement() {
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 1), Progress.NONE)) {
            long shape = 0;
            for (int i = 0; i <= NameLiterals.WINDOW; i++) {
                shape = session.prepare(row().line(2 + i).provider("open'ai").model("gpt-4o").tag("app", "chat")
                        .tag("user", "user-" + i).build()).shape;
            }

            UsageRow first = UsageRow.of(row().provider("open'ai").model("gpt-4o").tag("app", "chat").tag("user", "u").build());
            UsageNames names = UsageNames.none();
            String insert = RowShape.insert(shape, 1, first, 1, names);
            assertTrue(RowShape.hasNames(shape));
            // The names written in as their ids; the end user, bound as text.
            assertTrue(insert.endsWith("VALUES (1, ?, " + names.idOf("gpt-4o") + ", " + names.idOf("direct") + ", ?, ?, "
                    + names.idOf("open'ai") + ", CAST(? AS TEXT), " + names.idOf("chat") + ")"), insert);
            assertEquals(4, Stream.of("gpt-4o", "direct", "open'ai", "chat").map(names::idOf).distinct().count());
        }
    }

    @Test
    void aPairIsWrittenInOnceMetSixteenTimesInOneWindow() {
        NameLiterals names = new NameLiterals();
        long shape = 0b101;
        // One window: "often" 16 times, "rare" 15 times, "filler" the rest.
        for (int i = 0; i < NameLiterals.WINDOW; i++) {
            String model = i < 16 ? "often" : i < 31 ? "rare" : "filler";
            assertEquals(0, names.bitsOf(withModel(model), shape), "nothing is written in during the first window");
        }

        long often = names.bitsOf(withModel("often"), shape);
        assertNotEquals(0, often);
        assertEquals(0, names.bitsOf(withModel("rare"), shape));
        assertNotEquals(0, names.bitsOf(withModel("filler"), shape));
        assertNotEquals(often, names.bitsOf(withModel("filler"), shape));
        assertEquals(0, names.bitsOf(withModel("often"), 0b111), "the same names with other columns: another pair");
    }

    @Test
    void aWindowThatWritesNothingInEndsTheCounting() {
        NameLiterals names = new NameLiterals();
        // Every model 10 times a window: too rare.
        for (int i = 0; i < NameLiterals.WINDOW; i++) {
            names.bitsOf(withModel("model-" + i / 10), 0);
        }
        // Now one model throughout a window, which would have been written in had the counting gone on.
        for (int i = 0; i < NameLiterals.WINDOW; i++) {
            names.bitsOf(withModel("steady"), 0);
        }

        assertEquals(0, names.bitsOf(withModel("steady"), 0));
    }

    @Test
    void atMostTheBoundOfPairsIsWrittenIn() {
        NameLiterals names = new NameLiterals();
        int models = NameLiterals.MAX_STATEMENTS + 72;
        for (int i = 0; i < NameLiterals.WINDOW; i++) {
            names.bitsOf(withModel("model-" + i % models), 0);
        }

        int writtenIn = 0;
        for (int m = 0; m < models; m++) {
            writtenIn += names.bitsOf(withModel("model-" + m), 0) != 0 ? 1 : 0;
        }
        assertEquals(NameLiterals.MAX_STATEMENTS, writtenIn);
    }

    @Test
    void aNameLongerThanTheLimitIsNeverWrittenInOneAtTheLimitIs() {
        NameLiterals names = new NameLiterals();
        String atTheLimit = "m".repeat(NameLiterals.MAX_NAME_LENGTH);
        String longer = atTheLimit + "m";
        for (int i = 0; i < NameLiterals.WINDOW; i++) {
            names.bitsOf(withModel(i % 2 == 0 ? atTheLimit : longer), 0);
        }

        assertNotEquals(0, names.bitsOf(withModel(atTheLimit), 0));
        assertEquals(0, names.bitsOf(withModel(longer), 0));
    }

    @Test
    void aNameWithANulCharacterIsNeverWrittenIn() {
        NameLiterals names = new NameLiterals();
        for (int i = 0; i <= NameLiterals.WINDOW; i++) {
            assertEquals(0, names.bitsOf(UsageRow.of(row().tag("app", "a\0b").build()), 0));
        }
    }

    private static UsageRow withModel(String model) {
        return UsageRow.of(row().model(model).build());
    }
}
