package dev.ratecard.ui.usage;

import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.usage.ImportWizardModel.Step;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import wizard's steps and transitions, over a real workspace, without a toolkit. */
class ImportWizardModelTest {
    @TempDir
    Path folder;
    private OpenedWorkspace opened;
    private ImportWizardModel wizard;

    @BeforeEach
    void openTheWizard() {
        opened = OpenedWorkspace.in(folder);
        wizard = new ImportWizardModel(opened.model, opened.tasks, opened.dialogs, opened.notices::add, () -> ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void previewsAFileWithoutWritingThenImportsItAndShowsWhatWasStored() {
        long revision = opened.model.revisionProperty().get();

        wizard.open(List.of(HandCheckedUsage.write(folder)));

        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
        assertTrue(wizard.formatTextProperty().get().startsWith("request log: one OpenAI or Anthropic response per line"
                + " (request-log-jsonl), detected with high confidence: "), wizard.formatTextProperty().get());
        // Input 8,000 + 8,000 + 100,000 + 5,000; cache read 4,000; output 2,000 + 1,000 + 10,000 + 500; reported
        // 0.045 + 0.03 = $0.075, shown to a hundredth of a cent below one dollar.
        Map<String, String> figures = figures();
        assertEquals("4", figures.get("Rows read"));
        assertEquals("4", figures.get("New rows"));
        assertEquals("2026-08-03 \u2013 2026-08-04", figures.get("Dates (UTC)"));
        assertEquals("121,000", figures.get("Input tokens"));
        assertEquals("4,000", figures.get("Cache read tokens"));
        assertEquals("13,500", figures.get("Output tokens"));
        assertEquals("4", figures.get("Requests"));
        assertEquals("$0.0750", figures.get("Reported cost"));
        assertEquals(List.of("1", "2", "3", "4"), wizard.previewRows().stream().map(PreviewRow::line).toList());
        PreviewRow first = wizard.previewRows().getFirst();
        assertEquals(new PreviewRow("1", "2026-08-03 10:00:00", "gpt-4o-2024-08-06", "openai", "direct", 8_000, 4_000, 0,
                2_000, 1, "$0.045"), first);
        assertEquals(List.of(), opened.workspace().database().batches().list(), "a preview writes nothing");

        wizard.importFile();

        assertEquals(Step.DONE, wizard.stepProperty().get());
        assertEquals("4", figures().get("Rows stored"));
        assertEquals("$0.0750", figures().get("Reported cost"));
        assertEquals("Imported hand-checked.jsonl as batch 1.", wizard.messageProperty().get());
        assertEquals(1, opened.workspace().database().batches().list().size());
        assertEquals(revision + 1, opened.model.revisionProperty().get(), "the other screens are told");
        assertEquals(List.of("Imported hand-checked.jsonl: 4 rows"), opened.notices);

        wizard.next();
        assertEquals(Step.CLOSED, wizard.stepProperty().get());
    }

    @Test
    void refusesAFileWithABadRowNamingTheIssueAndStoresNothingUntilOnlyTheValidRowsAreImported() {
        wizard.open(List.of(UsageFixtures.bad("negative-tokens.csv")));

        // negative-tokens.csv: line 2 is a good OpenRouter generation, line 3 has tokens_prompt -5.
        assertEquals(Step.REFUSED, wizard.stepProperty().get());
        assertEquals(List.of(new IssueRow("Error", "negative-tokens.csv", "3", "tokens_prompt", "-5", "negative count")),
                List.copyOf(wizard.issues()));
        assertEquals("1 row of 2 could not be read, so the file was not imported; fix it, or import the valid rows and keep"
                + " the issues with the batch.", wizard.messageProperty().get());
        assertTrue(wizard.canImportValidRowsProperty().get());
        assertEquals("1", figures().get("New rows"), "what importing the valid rows would store");
        assertEquals(List.of(), opened.workspace().database().batches().list());

        wizard.importValidRows();

        assertEquals(Step.DONE, wizard.stepProperty().get());
        assertEquals("1", figures().get("Rows stored"));
        assertEquals("1", figures().get("Rows with issues, kept with the batch"));
        assertEquals(1, opened.workspace().database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void aFileThatCannotBeReadAtAllIsRefusedWithoutTheChoiceOfValidRows() {
        wizard.open(List.of(UsageFixtures.bad("empty.csv")));

        assertEquals(Step.REFUSED, wizard.stepProperty().get());
        assertFalse(wizard.canImportValidRowsProperty().get());
        assertEquals(List.of(new IssueRow("Error", "empty.csv", "whole file", "", "", "the file is empty")),
                List.copyOf(wizard.issues()));
        assertEquals(List.of(), opened.workspace().database().batches().list());
    }

    @Test
    void theSameBytesASecondTimeAreRecognisedAsImportedBefore() {
        Path file = HandCheckedUsage.write(folder);
        wizard.open(List.of(file));
        wizard.importFile();
        wizard.next();

        wizard.open(List.of(file));

        assertEquals(Step.ALREADY_IMPORTED, wizard.stepProperty().get());
        assertEquals("These exact bytes were imported before, as batch 1 (hand-checked.jsonl); importing them again"
                + " would change nothing.", wizard.messageProperty().get());
        assertEquals(1, opened.workspace().database().batches().list().size());
    }

    @Test
    void cancellingTheImportStoresNothingAndGoesBackToThePreview() {
        wizard.open(List.of(UsageFixtures.manyRequests(folder, 40_000)));
        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
        // The user presses Cancel as soon as the import reports progress.
        wizard.progressProperty().addListener((observable, was, now) -> {
            if (wizard.stepProperty().get() == Step.IMPORTING && now.doubleValue() > 0) {
                wizard.cancel();
            }
        });

        wizard.importFile();

        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
        assertEquals("The import was cancelled; nothing of many.jsonl was stored.", wizard.messageProperty().get());
        assertEquals(List.of(), opened.workspace().database().batches().list());
        assertEquals(0, opened.workspace().database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void aFormatChosenByHandReadsTheFileAgainAsThatFormat() {
        wizard.open(List.of(HandCheckedUsage.write(folder)));

        wizard.formatProperty().set(FormatOption.of(UsageFormat.OPENAI_USAGE_JSON));

        assertEquals(Step.REFUSED, wizard.stepProperty().get(), "a request log is no Usage API page");
        wizard.formatProperty().set(FormatOption.DETECT);
        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
    }

    @Test
    void severalFilesAreReadOneAfterTheOther() {
        Path first = HandCheckedUsage.write(folder);
        Path second = UsageFixtures.bad("negative-tokens.csv");

        wizard.open(List.of(first, second));

        assertEquals("File 1 of 2", wizard.queueTextProperty().get());
        assertTrue(wizard.moreFilesProperty().get());
        wizard.importFile();
        wizard.next();
        assertEquals("negative-tokens.csv", wizard.fileNameProperty().get());
        assertEquals("File 2 of 2", wizard.queueTextProperty().get());
        assertFalse(wizard.moreFilesProperty().get());
        wizard.next();
        assertEquals(Step.CLOSED, wizard.stepProperty().get());
    }

    private Map<String, String> figures() {
        return wizard.figures().stream().collect(Collectors.toMap(FigureLine::label, FigureLine::value));
    }
}
