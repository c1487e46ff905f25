package dev.ratecard.ui.usage;

import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.task.SteppedTaskExecutor;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored-usage table as the Usage screen shows it, over {@link HandCheckedUsage}'s log, whose costs are worked
 * out there: grouping, the date range, the search and the total line.
 */
class UsageTableModelTest {
    @TempDir
    Path folder;
    private OpenedWorkspace opened;
    private UsageTableModel table;

    @BeforeEach
    void importTheHandCheckedLog() {
        opened = OpenedWorkspace.in(folder);
        opened.imported(HandCheckedUsage.write(folder));
        table = new UsageTableModel(opened.model, opened.tasks, opened.dialogs);
        table.reload();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void groupsByModelWithTokensPerBucketRequestsAndBothCosts() {
        assertEquals(List.of("acme-internal-llm", "gpt-4o", "gpt-4o-2024-08-06", "gpt-4o-mini"), keys());
        GroupRow dated = row("gpt-4o-2024-08-06");
        // Line 1: prompt 12,000 of which 4,000 cached, completion 2,000; reported and recomputed $0.045.
        assertEquals(List.of(1L, 8_000L, 4_000L, 0L, 2_000L, 0L, 1L),
                List.of(dated.rows(), dated.input(), dated.cacheRead(), dated.cacheWrite(), dated.output(), dated.reasoning(),
                        dated.requests()));
        assertEquals("$0.0450", dated.reported());
        assertEquals("$0.0450", dated.recomputed());
        // No sheet prices acme-internal-llm: nothing recomputed, and the mark says part of the group is left out.
        GroupRow acme = row(HandCheckedUsage.UNMATCHED_MODEL);
        assertEquals("$0.00 *", acme.recomputed());
        assertFalse(acme.complete());
        assertEquals("", acme.reported(), "the log states no cost for it");
        // 14,000 + 9,000 + 110,000 + 5,500 tokens; reported 0.045 + 0.03; recomputed 0.045 + 0.03 + 0.021, marked as
        // leaving acme-internal-llm out.
        assertEquals("Total: 4 rows, 138,500 tokens, 4 requests; reported $0.0750, recomputed $0.0960 *",
                table.totalTextProperty().get());
        assertEquals("4 models, 4 stored rows", table.summaryProperty().get());
    }

    @Test
    void groupsByDayAndKeepsOnlyTheDaysInTheRange() {
        table.groupingProperty().set(Grouping.DAY);

        assertEquals(List.of("2026-08-03", "2026-08-04"), keys());
        GroupRow third = row("2026-08-03");
        // Lines 1 and 2: uncached input 8,000 + 8,000, cache read 4,000, output 2,000 + 1,000 → $0.075.
        assertEquals(List.of(16_000L, 4_000L, 3_000L), List.of(third.input(), third.cacheRead(), third.output()));
        assertEquals(0, new BigDecimal("0.075").compareTo(third.recomputedAmount()));

        table.fromProperty().set(LocalDate.of(2026, 8, 4));

        assertEquals(List.of("2026-08-04"), keys());
        // Lines 3 and 4: 110,000 + 5,500 tokens, no cost stated, only gpt-4o-mini priced: $0.021.
        assertEquals("Total: 2 rows, 115,500 tokens, 2 requests; reported nothing, recomputed $0.0210 *",
                table.totalTextProperty().get());
    }

    @Test
    void theSearchNarrowsTheGroupsButNotTheTotal() {
        table.searchProperty().set("MINI");

        assertEquals(List.of("gpt-4o-mini"), keys());
        assertEquals(4, table.totalProperty().get().rows(), "the total is of the whole range");

        table.searchProperty().set("");

        assertEquals(4, keys().size());
    }

    @Test
    void aLastDayBeforeTheFirstIsExplainedAndTheTableKeepsWhatItShowed() {
        table.fromProperty().set(LocalDate.of(2026, 8, 4));
        table.toProperty().set(LocalDate.of(2026, 8, 3));

        assertEquals("The last day is before the first.", table.rangeProblemProperty().get());
        assertEquals(List.of("acme-internal-llm", "gpt-4o-mini"), keys(), "still the 4 August rows");

        table.toProperty().set(LocalDate.of(2026, 8, 4));

        assertEquals("", table.rangeProblemProperty().get());
    }

    @Test
    void groupsByATagTheRowsCarryWithTheUntaggedLast() {
        table.tagProperty().set("user");
        table.groupingProperty().set(Grouping.TAG);

        assertTrue(table.tagNames().contains("user"));
        assertEquals(List.of("alice", "bob", GroupRow.NO_KEY), keys());
        // alice: line 1, $0.045; bob: line 2, $0.03; no user: lines 3 and 4, $0.021 with acme left out.
        assertEquals(List.of("$0.0450", "$0.0300", "$0.0210 *"), table.rows().stream().map(GroupRow::recomputed).toList());
        assertEquals("3 values of user, 4 stored rows", table.summaryProperty().get());
    }

    @Test
    void theTagInUseStaysAmongTheTagsOfferedThoughNoRowCarriesIt() {
        // The first tag offered is the project, which none of the hand-checked rows carries; they carry a user.
        table.groupingProperty().set(Grouping.TAG);

        assertEquals("project", table.tagProperty().get());
        assertEquals(List.of("project", "user"), List.copyOf(table.tagNames()));
        assertEquals(List.of(GroupRow.NO_KEY), keys());
    }

    @Test
    void saysItIsReadingTheStoreUntilTheGroupsArriveAndNotThatNothingMatches() {
        SteppedTaskExecutor stepped = new SteppedTaskExecutor();
        UsageTableModel reading = new UsageTableModel(opened.model, stepped, opened.dialogs);

        reading.reload();

        assertTrue(reading.rows().isEmpty());
        assertEquals("Reading the stored usage\u2026", reading.placeholderProperty().get());

        stepped.runNext();

        assertEquals(4, reading.rows().size());
        assertEquals("", reading.placeholderProperty().get(), "lines are shown: nothing to say in their place");
    }

    @Test
    void aFirstReadCancelledBeforeItRanSaysTheStoreWasNotReadNotThatItIsEmpty() {
        SteppedTaskExecutor stepped = new SteppedTaskExecutor();
        UsageTableModel reading = new UsageTableModel(opened.model, stepped, opened.dialogs);
        reading.reload();

        stepped.shutdown();
        stepped.runNext();

        assertTrue(reading.rows().isEmpty());
        assertEquals("The stored usage has not been read", reading.placeholderProperty().get());
    }

    @Test
    void aWorkspaceWithoutUsageSaysNoneIsStored() throws Exception {
        Path empty = java.nio.file.Files.createDirectories(folder.resolve("empty"));
        OpenedWorkspace nothing = OpenedWorkspace.in(empty);
        try {
            UsageTableModel none = new UsageTableModel(nothing.model, nothing.tasks, nothing.dialogs);
            none.reload();

            assertTrue(none.rows().isEmpty());
            assertEquals("No usage is stored", none.placeholderProperty().get());
        } finally {
            nothing.close();
        }
    }

    @Test
    void saysWhyNoLineIsShownWhenTheDatesHoldNoneOrTheSearchMatchesNone() {
        table.searchProperty().set("claude");

        assertTrue(keys().isEmpty());
        assertEquals("No model matches \u201cclaude\u201d", table.placeholderProperty().get());

        table.groupingProperty().set(Grouping.DAY);

        assertEquals("No day matches \u201cclaude\u201d", table.placeholderProperty().get());

        table.tagProperty().set("user");
        table.groupingProperty().set(Grouping.TAG);

        assertEquals("No value of user matches \u201cclaude\u201d", table.placeholderProperty().get());

        table.searchProperty().set("");
        table.fromProperty().set(LocalDate.of(2026, 9, 1));

        assertTrue(keys().isEmpty(), "the log ends on 4 August 2026");
        assertEquals("No stored usage falls in these dates", table.placeholderProperty().get());
    }

    private List<String> keys() {
        return table.rows().stream().map(GroupRow::key).toList();
    }

    private GroupRow row(String key) {
        return table.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }
}
