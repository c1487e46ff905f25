package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The names usage rows repeat (model, provider, route, service tier, region, the project, API key, team and app tags,
 * the reported cost's currency and kind) are stored once each in {@code usage_name}, rows holding their ids; the end
 * user and the other tags stay text in the row. What comes back is the text that went in.
 */
class UsageNamesStorageTest {
    private static final String NAMES = "SELECT text FROM usage_name ORDER BY text";

    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void eachNameIsStoredOnceHoweverManyRowsAndImportsNameIt() throws Exception {
        // More rows than the first window, so that the names go in both bound and written into the statements.
        List<UsageRecord> expected = new ArrayList<>();
        for (int i = 0; i < NameLiterals.WINDOW + 100; i++) {
            expected.add(row().from("first.csv", 2 + i).model(i % 2 == 0 ? "gpt-4o" : "o4-mini").tag("app", "chat")
                    .tag("user", "user-" + i % 3).serviceTier("priority").region("us").cost("0.001", "USD").build());
        }
        workspace.importAll(request("first.csv", 1), expected);
        List<UsageRecord> second = List.of(
                row().from("second.csv", 2).model("gpt-4o").tag("team", "growth").cost("0.5", "EUR").build(),
                row().from("second.csv", 3).model("o4-mini").estimatedCost("0.25").build());
        workspace.importAll(request("second.csv", 2), second);
        expected.addAll(second);

        // gpt-4o, o4-mini; openai (the provider); direct (the route); chat (app); growth (team); priority; us; USD, EUR;
        // invoiced, estimated.
        assertEquals(List.of("EUR", "USD", "chat", "direct", "estimated", "gpt-4o", "growth", "invoiced", "o4-mini",
                "openai", "priority", "us"), SqlProbe.strings(workspace.file(), NAMES));
        assertEquals(Integer.toString(expected.size()), SqlProbe.string(workspace.file(),
                "SELECT count(*) FROM usage_row AS u JOIN usage_name AS r ON r.id = u.route_id WHERE r.text = 'direct'"));
        List<UsageRecord> stored;
        try (Stream<UsageRecord> rows = workspace.database().usage().stream(UsageFilter.ALL)) {
            // Rows of one chunk may be stored in another order than the file's (UsageInserter).
            stored = rows.sorted(Comparator.comparing((UsageRecord r) -> r.source().file())
                    .thenComparingLong(r -> r.source().line())).toList();
        }
        assertEquals(expected, stored);
    }

    @Test
    void theEndUserAndTheOtherTagsStayTextInTheRow() throws Exception {
        workspace.importAll(request("usage.csv", 1), List.of(row().tag("user", "ana").tag("env", "prod").build()));

        assertEquals("text|text", SqlProbe.string(workspace.file(), "SELECT typeof(tag_user) || '|' || typeof(other_tags)"
                + " FROM usage_row"));
        assertEquals(List.of("direct", "gpt-4o", "openai"), SqlProbe.strings(workspace.file(), NAMES));
    }

    @Test
    void anImportThatDoesNotCommitLeavesNoName() throws Exception {
        workspace.importAll(request("kept.csv", 1), List.of(row().model("gpt-4o").build()));

        try (ImportSession session = workspace.database().beginImport(request("dropped.csv", 2), Progress.NONE)) {
            session.add(row().model("never-stored").provider("nobody").build());
        }

        assertEquals(List.of("direct", "gpt-4o", "openai"), SqlProbe.strings(workspace.file(), NAMES));
    }

    @Test
    void groupsByANameComeInTheNamesOrderNotTheirIds() {
        // zeta gets its id before alpha; the groups still come alphabetically, rows without a provider last.
        workspace.importAll(request("first.csv", 1), List.of(row().line(2).model("zeta").provider("zeta-labs")
                .input(10, 1).build()));
        workspace.importAll(request("second.csv", 2), List.of(row().line(2).model("alpha").provider(null).input(20, 2).build(),
                row().line(3).model("zeta").provider(null).input(5, 1).build()));

        List<UsageGroup> byModel = workspace.database().usage().group(GroupBy.MODEL, UsageFilter.ALL);
        List<UsageGroup> byProvider = workspace.database().usage().group(GroupBy.PROVIDER, UsageFilter.ALL);

        assertEquals(List.of("alpha", "zeta"), byModel.stream().map(UsageGroup::key).toList());
        // zeta: 10 + 5 input tokens over two rows of two imports.
        assertEquals(List.of(20L, 15L), byModel.stream().map(g -> g.summary().totals().inputTokens()).toList());
        assertEquals(List.of(1L, 2L), byModel.stream().map(g -> g.summary().rows()).toList());
        assertEquals(Arrays.asList("zeta-labs", null), byProvider.stream().map(UsageGroup::key).toList());
    }
}
