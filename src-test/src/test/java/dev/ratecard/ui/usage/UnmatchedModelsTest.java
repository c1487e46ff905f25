package dev.ratecard.ui.usage;

import dev.ratecard.store.ModelAlias;
import dev.ratecard.ui.screen.InMemorySettingsRepository;
import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import dev.ratecard.workspace.usage.PriceEntryChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The models no price matched, and mapping one to a price entry: the Usage screen's whole view model, so that the
 * recompute every part of the screen does after the mapping is seen too.
 */
class UnmatchedModelsTest {
    @TempDir
    Path folder;
    private OpenedWorkspace opened;
    private UsageViewModel screen;
    private UnmatchedModelsModel unmatched;

    @BeforeEach
    void importTheHandCheckedLog() {
        opened = OpenedWorkspace.in(folder);
        SettingsModel settings = new SettingsModel(new InMemorySettingsRepository(Settings.defaults(folder)), Settings.defaults(folder));
        screen = new UsageViewModel(opened.model, settings, opened.tasks, opened.dialogs, opened.notices::add);
        screen.start(new UsageImportInbox());
        opened.imported(HandCheckedUsage.write(folder));
        unmatched = screen.unmatched();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void listsTheModelNoPriceMatchedWithTheTokensLeftOutOfEveryCost() {
        assertEquals(1, unmatched.unmatched().size());
        UnmatchedRow acme = unmatched.unmatched().getFirst();
        // Line 4: prompt 5,000, completion 500, in the direct request log.
        assertEquals(List.of(HandCheckedUsage.UNMATCHED_MODEL, "direct"), List.of(acme.model(), acme.route()));
        assertEquals(List.of(1L, 5_000L, 500L), List.of(acme.rows(), acme.inputTokens(), acme.outputTokens()));
        assertFalse(acme.reason().isBlank());
        assertFalse(unmatched.canMapProperty().get(), "nothing picked yet");
    }

    @Test
    void thePickerSearchesThePriceLibraryStartingFromTheNameWithoutItsDate() {
        assertEquals("gpt-4o", UnmatchedModelsModel.searchFor("openai/gpt-4o-2024-08-06"));
        assertEquals(List.of(), unmatched.matchingEntries(), "nothing until something is typed");

        unmatched.entrySearchProperty().set("gpt-4o-mini");

        assertFalse(unmatched.matchingEntries().isEmpty());
        assertTrue(unmatched.matchingEntries().stream().allMatch(entry -> entry.searchText().contains("gpt-4o-mini")),
                "every entry found names gpt-4o-mini");
    }

    @Test
    void mappingTheModelToAPriceSavesTheAliasAndEveryCostIsRecomputed() {
        assertEquals("Total: 4 rows, 138,500 tokens, 4 requests; reported $0.0750, recomputed $0.0960 *",
                screen.table().totalTextProperty().get());
        unmatched.selectedModelProperty().set(unmatched.unmatched().getFirst());
        unmatched.entrySearchProperty().set("gpt-4o-mini");
        PriceEntryChoice mini = unmatched.matchingEntries().stream()
                .filter(entry -> entry.provider().equals("openai") && entry.model().equals("gpt-4o-mini")).findFirst().orElseThrow();
        unmatched.selectedEntryProperty().set(mini);
        assertTrue(unmatched.canMapProperty().get());

        unmatched.mapSelected();

        assertEquals(List.of(new ModelAlias(HandCheckedUsage.UNMATCHED_MODEL, "openai", "gpt-4o-mini")),
                opened.workspace().database().aliases().list());
        assertEquals(List.of(), unmatched.unmatched(), "priced now");
        assertEquals(1, unmatched.aliases().size());
        // At gpt-4o-mini's $0.15 and $0.60 per 1M: 5,000 × 0.15 + 500 × 0.60 = $0.00105, so 0.096 + 0.00105 = 0.09705,
        // shown to four decimals below a dollar, half to even: $0.0970, and no longer marked as leaving anything out.
        assertEquals("Total: 4 rows, 138,500 tokens, 4 requests; reported $0.0750, recomputed $0.0970",
                screen.table().totalTextProperty().get());
        assertTrue(opened.notices.getLast().startsWith("\u201cacme-internal-llm\u201d is now priced as openai gpt-4o-mini"));
    }

    @Test
    void removingAMappingIsAskedFirstAndThenTheModelIsUnmatchedAgain() {
        opened.workspace().database().aliases().put(new ModelAlias(HandCheckedUsage.UNMATCHED_MODEL, "openai", "gpt-4o-mini"));
        opened.model.changed();
        assertEquals(List.of(), unmatched.unmatched());

        opened.dialogs.answerConfirm(false);
        unmatched.removeAlias(unmatched.aliases().getFirst());
        assertEquals(1, opened.workspace().database().aliases().list().size(), "kept on no");

        opened.dialogs.answerConfirm(true);
        unmatched.removeAlias(unmatched.aliases().getFirst());

        assertEquals(List.of(), opened.workspace().database().aliases().list());
        assertEquals(List.of(HandCheckedUsage.UNMATCHED_MODEL), unmatched.unmatched().stream().map(UnmatchedRow::model).toList());
        assertEquals(2, opened.dialogs.asked().size());
    }
}
