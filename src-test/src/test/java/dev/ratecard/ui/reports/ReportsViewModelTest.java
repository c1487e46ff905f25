package dev.ratecard.ui.reports;

import dev.ratecard.report.Paper;
import dev.ratecard.report.ReportFiles;
import dev.ratecard.report.ReportFixtures;
import dev.ratecard.report.ReportFormat;
import dev.ratecard.report.ReportSection;
import dev.ratecard.report.inputs.ReportInputs;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.ui.task.TaskActivity;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.scenarios.ScenarioService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reports screen's view model over a real workspace in a temporary folder, with scripted dialogs and inline tasks. */
class ReportsViewModelTest {
    private static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path database;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final CancellingExecutor tasks = new CancellingExecutor();
    private final List<String> notices = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void saveTheHeadlineScenario() throws Exception {
        database = dir.resolve("workspace.db");
        save("Q3 plan");
    }

    private ReportsViewModel screen(Path workspace) {
        return new ReportsViewModel(() -> ReportInputs.bundled(Optional.of(workspace)), dialogs, tasks, notices::add, NOV_25,
                opened::add);
    }

    @Test
    void listsTheSavedScenariosUntickedAndWaitsForAChoice() {
        ReportsViewModel model = screen(database);

        assertEquals(List.of("Q3 plan"), model.scenarios().stream().map(ScenarioChoice::label).toList());
        assertFalse(model.scenarios().getFirst().selectedProperty().get());
        assertFalse(model.empty().get());
        assertFalse(model.exportCommand().enabled().get());

        model.scenarios().getFirst().selectedProperty().set(true);

        assertTrue(model.exportCommand().enabled().get());
    }

    @Test
    void showsTheEmptyStateUntilAScenarioFileIsOpened() {
        ReportsViewModel model = screen(dir.resolve("no-workspace.db"));
        assertTrue(model.empty().get());

        dialogs.answerFilesToOpen(List.of(ReportFixtures.headlineFile()));
        model.openFiles();

        assertFalse(model.empty().get());
        ScenarioChoice file = model.scenarios().getFirst();
        assertEquals(ReportFixtures.HEADLINE, file.label());
        assertTrue(file.selectedProperty().get(), "an opened file is meant for the report");
        assertFalse(Files.exists(dir.resolve("no-workspace.db")), "listing scenarios created a workspace");
    }

    @Test
    void exportsTheChosenScenarioToTheFileChosenWithTheEnginesFigures() throws IOException {
        ReportsViewModel model = screen(database);
        model.scenarios().getFirst().selectedProperty().set(true);
        model.formatProperty().set(ReportFormat.CSV);
        dialogs.answerFileToSave(Optional.of(dir.resolve("q3")));

        model.exportCommand().run();

        Path written = dir.resolve("q3.zip").toAbsolutePath();
        assertEquals(written, model.lastReportProperty().get());
        assertEquals("Wrote " + written, model.messageProperty().get());
        assertEquals(List.of("Report written to " + written), notices);
        assertFalse(model.busyProperty().get());
        // 2 × $2.69 × 730 + 0.25 × $250,000 / 12 + $300, to the nano-dollar.
        assertTrue(ReportFiles.unzip(written).get("comparison.csv").contains(",9435.733333333,"));
        assertTrue(model.openFolderCommand().enabled().get());
    }

    @Test
    void writesOnlyTheSectionsLeftTicked() throws IOException {
        ReportsViewModel model = screen(database);
        model.scenarios().getFirst().selectedProperty().set(true);
        model.formatProperty().set(ReportFormat.CSV);
        model.sections().forEach(s -> s.selectedProperty().set(s.section() == ReportSection.BREAK_EVEN));
        dialogs.answerFileToSave(Optional.of(dir.resolve("break-even.zip")));

        model.exportCommand().run();

        assertEquals(List.of("report.csv", "break-even.csv"), List.copyOf(ReportFiles.unzip(dir.resolve("break-even.zip")).keySet()));
    }

    @Test
    void cannotExportWithoutASectionAndOffersPaperOnlyForPdf() {
        ReportsViewModel model = screen(database);
        model.scenarios().getFirst().selectedProperty().set(true);
        assertTrue(model.paperApplies().get());
        assertEquals(Paper.A4, model.paperProperty().get());

        model.sections().forEach(s -> s.selectedProperty().set(false));
        model.formatProperty().set(ReportFormat.XLSX);

        assertFalse(model.exportCommand().enabled().get());
        assertFalse(model.paperApplies().get());
        model.exportCommand().run();
        assertEquals(List.of(), dialogs.errors(), "a disabled export asks nothing and fails nothing");
    }

    @Test
    void closingTheSaveDialogWritesNothing() {
        ReportsViewModel model = screen(database);
        model.scenarios().getFirst().selectedProperty().set(true);
        dialogs.answerFileToSave(Optional.empty());

        model.exportCommand().run();

        assertEquals(null, model.lastReportProperty().get());
        assertEquals(List.of(), notices);
    }

    @Test
    void aBrokenScenarioFileIsShownWithItsFieldAndNothingIsWritten() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(ReportFixtures.headlineFile()).replace("\"output_share\": \"0.25\"",
                "\"output_share\": \"2\""));
        ReportsViewModel model = screen(database);
        dialogs.answerFilesToOpen(List.of(broken));
        model.openFiles();
        dialogs.answerFileToSave(Optional.of(dir.resolve("broken.pdf")));

        model.exportCommand().run();

        ErrorReport error = dialogs.errors().getFirst();
        assertEquals("The report could not be written: broken.json: $.workload.synthetic.output_share: must be between 0 "
                + "and 1 (got 2)", error.whatHappened());
        assertEquals("Fix the value named above in the scenario file and export again.", error.whatToDo());
        assertFalse(Files.exists(dir.resolve("broken.pdf")));
        assertFalse(model.busyProperty().get());
        assertTrue(model.exportCommand().enabled().get(), "the user can try again");
    }

    @Test
    void aCancelledExportSaysSoAndLeavesNoFile() {
        ReportsViewModel model = screen(database);
        model.scenarios().getFirst().selectedProperty().set(true);
        dialogs.answerFileToSave(Optional.of(dir.resolve("cancelled.pdf")));
        tasks.cancelExports = true;

        model.exportCommand().run();

        assertEquals("Export cancelled; nothing was written.", model.messageProperty().get());
        assertFalse(Files.exists(dir.resolve("cancelled.pdf")));
        assertEquals(null, model.lastReportProperty().get());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void opensTheFolderOfTheLastReport() {
        ReportsViewModel model = screen(database);
        assertFalse(model.openFolderCommand().enabled().get());
        model.scenarios().getFirst().selectedProperty().set(true);
        dialogs.answerFileToSave(Optional.of(dir.resolve("q3.pdf")));
        model.exportCommand().run();

        model.openFolderCommand().run();

        assertEquals(List.of(dir.toAbsolutePath()), opened);
    }

    @Test
    void refreshingKeepsTheTicksAndTheOpenedFiles() throws Exception {
        ReportsViewModel model = screen(database);
        model.scenarios().getFirst().selectedProperty().set(true);
        dialogs.answerFilesToOpen(List.of(ReportFixtures.headlineFile()));
        model.openFiles();
        save("Q4 plan");

        model.refresh();

        assertEquals(List.of("Q3 plan", "Q4 plan", ReportFixtures.HEADLINE), model.scenarios().stream().map(ScenarioChoice::label).toList());
        assertEquals(List.of(true, false, true), model.scenarios().stream().map(c -> c.selectedProperty().get()).toList());
    }

    @Test
    void givesTheFileTheFormatsExtensionUnlessItHasIt() {
        assertEquals(Path.of("out", "q3.xlsx"), ReportsViewModel.withExtension(Path.of("out", "q3"), ReportFormat.XLSX));
        assertEquals(Path.of("out", "Q3.PDF"), ReportsViewModel.withExtension(Path.of("out", "Q3.PDF"), ReportFormat.PDF));
        assertEquals(Path.of("q3.pdf.zip"), ReportsViewModel.withExtension(Path.of("q3.pdf"), ReportFormat.CSV));
    }

    private void save(String name) throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(database)) {
            ScenarioService.bundled().save(db.scenarios(), name, Files.readString(ReportFixtures.headlineFile()),
                    ReportFixtures.HEADLINE, false);
        }
    }

    /** Runs tasks inline; when told to, presses Cancel on an export as it starts, as the status bar would. */
    private static final class CancellingExecutor implements TaskExecutor {
        private final CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor();
        boolean cancelExports;

        @Override
        public void execute(BackgroundTask<?> task) {
            if (cancelExports && task.title().startsWith("Export")) {
                task.cancel();
            }
            inline.execute(task);
        }

        @Override
        public TaskActivity activity() {
            return inline.activity();
        }

        @Override
        public void shutdown() {
            inline.shutdown();
        }
    }
}
