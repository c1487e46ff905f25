package dev.ratecard.ui.reports;

import dev.ratecard.importers.Progress;
import dev.ratecard.report.Paper;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportBuilder;
import dev.ratecard.report.ReportFormat;
import dev.ratecard.report.ReportInput;
import dev.ratecard.report.ReportOptions;
import dev.ratecard.report.ReportSection;
import dev.ratecard.report.export.ReportExporter;
import dev.ratecard.report.inputs.ReportInputs;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Reports screen: pick scenarios (saved ones, or files opened here) and sections, choose the format and paper,
 * export in the background with progress and cancel, then open the folder the report went to.
 */
public final class ReportsViewModel extends ViewModel {
    private static final FileRequest.FileType SCENARIO_FILES = new FileRequest.FileType("Ratecard scenarios", List.of("*.json"));

    private final Supplier<ReportInputs> workspace;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final StatusNotices notices;
    private final Clock clock;
    private final FolderOpener folders;

    private final ObservableList<ScenarioChoice> scenarios = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selectedProperty()});
    private final ObservableList<ScenarioChoice> readOnlyScenarios = FXCollections.unmodifiableObservableList(scenarios);
    private final ObservableList<SectionChoice> sections = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selectedProperty()});
    private final ObservableList<SectionChoice> readOnlySections = FXCollections.unmodifiableObservableList(sections);
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.PDF);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding empty;
    private final BooleanBinding paperApplies;
    private final Command export;
    private final Command openFolder;
    private BackgroundTask<Path> running;

    /**
     * @param workspace gives the report's inputs over the workspace as it is now (its data folder may change); called
     *                  on background threads only
     */
    public ReportsViewModel(Supplier<ReportInputs> workspace, DialogService dialogs, TaskExecutor tasks, StatusNotices notices,
                            Clock clock, FolderOpener folders) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.folders = Objects.requireNonNull(folders, "folders");
        for (ReportSection section : ReportSection.values()) {
            sections.add(new SectionChoice(section));
        }
        empty = Bindings.createBooleanBinding(() -> !loading.get() && scenarios.isEmpty(), loading, scenarios);
        paperApplies = format.isEqualTo(ReportFormat.PDF);
        export = new Command(this::startExport, Bindings.createBooleanBinding(() -> !busy.get()
                        && scenarios.stream().anyMatch(c -> c.selectedProperty().get())
                        && sections.stream().anyMatch(c -> c.selectedProperty().get()), busy, scenarios, sections));
        openFolder = new Command(this::showFolder, lastReport.isNotNull());
        refresh();
    }

    // ---- Commands ----------------------------------------------------------------------------------------

    /** Reads the names of the saved scenarios again; files opened here stay, and so do choices already made. */
    public void refresh() {
        loading.set(true);
        BackgroundTask.of("Read the saved scenarios", context -> workspace.get().storedScenarioNames())
                .onSuccess(this::showSaved)
                .onFailure(error -> dialogs.showError(ErrorReport.of("The saved scenarios could not be read", error,
                        "Check the data folder in Settings, then press Refresh.")))
                .onFinished(() -> loading.set(false))
                .executeWith(tasks);
    }

    /** Asks for scenario files and adds them to the list, chosen. */
    public void openFiles() {
        List<Path> files = dialogs.chooseFilesToOpen(FileRequest.toOpen("Open scenario files", List.of(SCENARIO_FILES),
                lastFolder()));
        for (Path file : files) {
            if (scenarios.stream().noneMatch(c -> file.equals(c.path()))) {
                scenarios.add(ScenarioChoice.file(file));
            }
        }
    }

    /** Asks where to write the report, then writes it in the background; enabled while a scenario and a section are chosen. */
    public Command exportCommand() {
        return export;
    }

    /** Shows the folder of the report written last. */
    public Command openFolderCommand() {
        return openFolder;
    }

    /** Asks the export under way to stop; nothing is written then. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    // ---- State -------------------------------------------------------------------------------------------

    public ObservableList<ScenarioChoice> scenarios() {
        return readOnlyScenarios;
    }

    public ObservableList<SectionChoice> sections() {
        return readOnlySections;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** The paper only matters for a PDF. */
    public BooleanBinding paperApplies() {
        return paperApplies;
    }

    /** True once the saved scenarios have been read and there is nothing to report on. */
    public BooleanBinding empty() {
        return empty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The report written last, whose folder "Open folder" shows; {@code null} before the first. */
    public ReadOnlyObjectProperty<Path> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** How the last export ended, in a line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- Work --------------------------------------------------------------------------------------------

    private void showSaved(List<String> names) {
        List<ScenarioChoice> updated = new ArrayList<>();
        for (String name : names) {
            ScenarioChoice choice = ScenarioChoice.saved(name);
            scenarios.stream().filter(c -> !c.isFile() && c.label().equals(name)).findFirst()
                    .ifPresent(before -> choice.selectedProperty().set(before.selectedProperty().get()));
            updated.add(choice);
        }
        scenarios.stream().filter(ScenarioChoice::isFile).forEach(updated::add);
        scenarios.setAll(updated);
    }

    private void startExport() {
        ReportFormat chosenFormat = format.get();
        Optional<Path> target = dialogs.chooseFileToSave(new FileRequest("Export the report",
                List.of(new FileRequest.FileType(chosenFormat.description(), List.of("*." + chosenFormat.extension()))),
                lastFolder(), "ratecard-report-" + LocalDate.now(clock) + "." + chosenFormat.extension()));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), chosenFormat);
        List<ScenarioChoice> chosen = scenarios.stream().filter(c -> c.selectedProperty().get()).toList();
        Set<ReportSection> parts = EnumSet.noneOf(ReportSection.class);
        sections.stream().filter(c -> c.selectedProperty().get()).forEach(c -> parts.add(c.section()));
        ReportOptions options = new ReportOptions(parts, paper.get(), LocalDate.now(clock));
        message.set("");
        busy.set(true);
        running = BackgroundTask.withProgress("Export " + file.getFileName(),
                        progress -> write(chosen, options, chosenFormat, file, progress))
                .onSuccess(written -> {
                    lastReport.set(written);
                    message.set("Wrote " + written);
                    notices.show("Report written to " + written);
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The report could not be written", error,
                        error instanceof ScenarioFileException ? "Fix the value named above in the scenario file and export again."
                                : "Choose another folder or file name and export again.")))
                .onCancelled(() -> message.set("Export cancelled; nothing was written."))
                .onFinished(() -> {
                    busy.set(false);
                    running = null;
                });
        running.executeWith(tasks);
    }

    private Path write(List<ScenarioChoice> chosen, ReportOptions options, ReportFormat chosenFormat, Path file,
                       Progress progress) throws Exception {
        ReportInputs inputs = workspace.get();
        List<ReportInput> loaded = new ArrayList<>();
        for (ScenarioChoice choice : chosen) {
            progress.checkCancelled();
            loaded.add(choice.load(inputs));
        }
        Report report = ReportBuilder.bundled().build(loaded, inputs.storedUsage(), options);
        return new ReportExporter().export(report, chosenFormat, file, progress);
    }

    private void showFolder() {
        Path folder = lastReport.get().getParent();
        BackgroundTask.of("Open " + folder, context -> {
            folders.open(folder);
            return folder;
        }).onFailure(error -> dialogs.showError(ErrorReport.of("The folder could not be opened", error,
                "Open " + folder + " in your file manager."))).executeWith(tasks);
    }

    private Optional<Path> lastFolder() {
        return Optional.ofNullable(lastReport.get()).map(Path::getParent);
    }

    /** {@code report} becomes {@code report.pdf}; a name that already ends in the extension is kept. */
    static Path withExtension(Path file, ReportFormat format) {
        String name = file.getFileName().toString();
        String extension = "." + format.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
