package dev.ratecard.ui.usage;

import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.ActiveTask;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.importing.FormatChoice;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The import wizard, one file after another: reading (with progress and cancel), the column mapping for a CSV no
 * reader knows, the preview (format and why, with an override; the first records; counts, dates, tokens per bucket,
 * reported cost; issues), the refusal of a file with bad rows (with the choice to import only its valid rows), the
 * import itself (progress, cancel) and the totals stored. Nothing is written until the user imports.
 */
public final class ImportWizardModel extends ViewModel {
    /** Where the wizard is. */
    public enum Step { CLOSED, READING, MAPPING, PREVIEW, REFUSED, ALREADY_IMPORTED, IMPORTING, DONE }

    static final int PREVIEW_ROWS = 20;
    static final FileRequest.FileType USAGE_FILES = new FileRequest.FileType("Usage exports and logs",
            List.of("*.csv", "*.tsv", "*.json", "*.jsonl", "*.gz", "*.txt"));

    private final WorkspaceModel workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final Supplier<ZoneId> settingsZone;
    private final WizardRead reading = new WizardRead();
    private final ColumnMappingModel mapping;
    private final Deque<Path> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CLOSED);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper formatText = new ReadOnlyStringWrapper(this, "formatText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper queueText = new ReadOnlyStringWrapper(this, "queueText", "");
    private final ReadOnlyBooleanWrapper canImportValidRows = new ReadOnlyBooleanWrapper(this, "canImportValidRows");
    private final ReadOnlyBooleanWrapper moreFiles = new ReadOnlyBooleanWrapper(this, "moreFiles");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", ActiveTask.INDETERMINATE);
    private final ObjectProperty<FormatOption> format = new SimpleObjectProperty<>(this, "format", FormatOption.DETECT);
    private final ObservableList<FormatOption> formats = FXCollections.observableArrayList(FormatOption.all());
    private final ObservableList<FigureLine> figures = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private Path file;
    private int filesInRun;
    private ImportOptions options;
    private BackgroundTask<?> running;
    private boolean showing;

    /** @param settingsZone the zone of zone-less times, from the user's settings */
    public ImportWizardModel(WorkspaceModel workspace, TaskExecutor tasks, DialogService dialogs, StatusNotices notices,
                             Supplier<ZoneId> settingsZone) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.settingsZone = Objects.requireNonNull(settingsZone, "settingsZone");
        this.mapping = new ColumnMappingModel(tasks, dialogs, notices);
        format.addListener((observable, was, now) -> formatChosen(now));
    }

    // ---- What the view shows ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The format and why: detected (how sure, from what) or chosen. */
    public ReadOnlyStringProperty formatTextProperty() {
        return formatText.getReadOnlyProperty();
    }

    /** Why a file was refused, what an import stored, or what happened to a cancelled one. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "File 2 of 3" when several files were opened together; empty for one. */
    public ReadOnlyStringProperty queueTextProperty() {
        return queueText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportValidRowsProperty() {
        return canImportValidRows.getReadOnlyProperty();
    }

    /** True while more opened files wait after this one. */
    public ReadOnlyBooleanProperty moreFilesProperty() {
        return moreFiles.getReadOnlyProperty();
    }

    /** The running read's or import's progress, 0 to 1, or {@link ActiveTask#INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The format override; changing it reads the file again as chosen. */
    public ObjectProperty<FormatOption> formatProperty() {
        return format;
    }

    public ObservableList<FormatOption> formats() {
        return formats;
    }

    public ObservableList<FigureLine> figures() {
        return figures;
    }

    public ObservableList<PreviewRow> previewRows() {
        return previewRows;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ColumnMappingModel mapping() {
        return mapping;
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Asks for usage files and reads the first. */
    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseFilesToOpen(FileRequest.toOpen("Import usage", List.of(USAGE_FILES), Optional.empty()));
        open(chosen);
    }

    /** Reads {@code files} one after the other; files opened while one is shown wait their turn. */
    public void open(List<Path> files) {
        queue.addAll(files);
        filesInRun += files.size();
        if (step.get() == Step.CLOSED) {
            next();
        } else {
            showQueue();
        }
    }

    /** Goes on to the next file, or closes the wizard after the last. */
    public void next() {
        if (running != null) {
            return;
        }
        file = queue.poll();
        if (file == null) {
            close();
            return;
        }
        options = ImportOptions.defaults().withTimeZone(settingsZone.get());
        showFormat(FormatOption.DETECT);
        showQueue();
        read();
    }

    /** Imports the previewed file. */
    public void importFile() {
        if (step.get() == Step.PREVIEW) {
            commit(options);
        }
    }

    /** Imports the valid rows of a file refused for its bad ones; the bad rows' issues are kept with the batch. */
    public void importValidRows() {
        if (step.get() == Step.REFUSED && canImportValidRows.get()) {
            commit(options.withSkipInvalidRows(true));
        }
    }

    /** Reads the file again through the mapping the mapping step describes. */
    public void useMapping() {
        if (step.get() == Step.MAPPING) {
            mapping.mapping().ifPresent(chosen -> {
                options = options.withFormat(UsageFormat.MAPPED_CSV).withMapping(chosen);
                read();
            });
        }
    }

    /** Stops the read or import under way; with nothing under way, closes the wizard and forgets waiting files. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            return;
        }
        queue.clear();
        close();
    }

    // ---- Reading and importing ----------------------------------------------------------------------------

    private void formatChosen(FormatOption chosen) {
        if (showing || file == null || running != null || chosen == null) {
            return;
        }
        options = ImportOptions.defaults().withTimeZone(settingsZone.get()).withFormat(chosen.format());
        read();
    }

    private void read() {
        Optional<Workspace> open = workspace.workspace();
        if (open.isEmpty()) {
            dialogs.showError(ErrorReport.of("The workspace is not open yet", "Wait for it to open, then import again."));
            close();
            return;
        }
        Path target = file;
        ImportOptions chosen = options;
        step.set(Step.READING);
        message.set("");
        run(BackgroundTask.withProgress("Read " + target.getFileName(),
                        progress -> reading.read(open.get().imports(), target, chosen, PREVIEW_ROWS, progress))
                .onSuccess(this::show)
                .onCancelled(() -> {
                    notices.show("Stopped reading " + target.getFileName() + "; nothing was imported");
                    next();
                })
                .onFailure(error -> {
                    dialogs.showError(ErrorReport.of(target.getFileName() + " could not be read", error,
                            "Check that the file is a usage export, then import it again."));
                    next();
                }));
    }

    private void commit(ImportOptions chosen) {
        Workspace open = workspace.workspace().orElseThrow();
        Path target = file;
        Step before = step.get();
        step.set(Step.IMPORTING);
        workspace.writing();
        run(BackgroundTask.withProgress("Import " + target.getFileName(), progress -> open.imports().commit(target, chosen, progress))
                .onSuccess(result -> {
                    options = chosen;
                    showResult(result, false);
                })
                .onCancelled(() -> {
                    step.set(before);
                    message.set("The import was cancelled; nothing of " + target.getFileName() + " was stored.");
                })
                .onFailure(error -> {
                    step.set(before);
                    dialogs.showError(ErrorReport.of(target.getFileName() + " could not be imported", error,
                            "Nothing of it was stored. Try again, or check that the data folder can be written to."));
                }), workspace::written);
    }

    /** Runs {@code task} as the wizard's one task under way, its progress shown in the wizard. */
    private <T> void run(BackgroundTask<T> task) {
        run(task, () -> { });
    }

    /** As {@link #run(BackgroundTask)}, then {@code whenFinished}, whatever the outcome. */
    private <T> void run(BackgroundTask<T> task, Runnable whenFinished) {
        running = task;
        progress.set(ActiveTask.INDETERMINATE);
        task.onRunning(() -> tasks.activity().tasks().stream()
                        .filter(active -> active.titleProperty().get().equals(task.title())).reduce((a, b) -> b)
                        .ifPresent(active -> progress.bind(active.progressProperty())))
                .onFinished(() -> {
                    progress.unbind();
                    running = null;
                    whenFinished.run();
                })
                .executeWith(tasks);
    }

    private void show(WizardRead.Outcome outcome) {
        switch (outcome) {
            case WizardRead.ToMap toMap -> {
                Workspace open = workspace.workspace().orElseThrow();
                // The reason says already that no reader knows the columns, or that the user asked to map them.
                formatText.set(capitalised(toMap.why()) + ". Say what each column holds.");
                figures.clear();
                previewRows.clear();
                issues.clear();
                mapping.start(file, toMap.columns(), toMap.suggestion(), open.imports().mappingProfiles(),
                        open.imports().mappingProfiles().names(), options.timeZone());
                showFormat(FormatOption.of(UsageFormat.MAPPED_CSV));
                step.set(Step.MAPPING);
            }
            case WizardRead.Previewed previewed -> {
                previewRows.setAll(previewed.sample().records().stream().map(PreviewRow::of).toList());
                showResult(previewed.result(), true);
            }
        }
    }

    private void showResult(ImportResult result, boolean preview) {
        fileName.set(result.fileName());
        showQueue();
        canImportValidRows.set(false);
        switch (result) {
            case ImportResult.Imported imported -> {
                formatText.set(describe(imported.read().format()));
                issues.setAll(imported.read().summary().issues().stream().map(IssueRow::of).toList());
                if (preview) {
                    figures.setAll(ImportFigures.preview(imported.read().summary(), Optional.of(imported.batch())));
                    message.set("");
                    step.set(Step.PREVIEW);
                } else {
                    figures.setAll(ImportFigures.stored(imported.batch()));
                    message.set("Imported " + imported.fileName() + " as batch " + imported.batch().id() + ".");
                    step.set(Step.DONE);
                    notices.show("Imported " + imported.fileName() + ": " + ImportFigures.count(imported.batch().counts().inserted())
                            + " rows");
                }
            }
            case ImportResult.Refused refused -> {
                formatText.set(refused.read() == null ? "" : describe(refused.read().format()));
                issues.setAll(refused.issues().stream().map(IssueRow::of).toList());
                figures.setAll(refused.read() == null ? List.of()
                        : ImportFigures.preview(refused.read().summary(), Optional.ofNullable(refused.validRows())));
                canImportValidRows.set(refused.validRows() != null && refused.validRows().counts().inserted() > 0);
                message.set(capitalised(refused.reason()) + ".");
                step.set(Step.REFUSED);
            }
            case ImportResult.AlreadyImported already -> {
                formatText.set("");
                issues.clear();
                figures.setAll(ImportFigures.stored(already.existing()));
                message.set("These exact bytes were imported before, as batch " + already.existing().id() + " ("
                        + already.existing().fileName() + "); importing them again would change nothing.");
                step.set(Step.ALREADY_IMPORTED);
            }
        }
    }

    private void close() {
        file = null;
        filesInRun = 0;
        queue.clear();
        figures.clear();
        previewRows.clear();
        issues.clear();
        message.set("");
        formatText.set("");
        fileName.set("");
        queueText.set("");
        moreFiles.set(false);
        step.set(Step.CLOSED);
    }

    private void showQueue() {
        int shown = filesInRun - queue.size();
        queueText.set(filesInRun > 1 ? "File " + shown + " of " + filesInRun : "");
        moreFiles.set(!queue.isEmpty());
        if (file != null) {
            fileName.set(String.valueOf(file.getFileName()));
        }
    }

    /** Sets the override as the wizard reads, without reading again. */
    private void showFormat(FormatOption option) {
        showing = true;
        format.set(option);
        showing = false;
    }

    static String describe(FormatChoice choice) {
        String what = choice.format().description() + " (" + choice.format().id() + ")";
        return choice.wasDetected()
                ? what + ", detected with " + choice.confidence().name().toLowerCase(Locale.ROOT) + " confidence: " + choice.reason()
                : what + ", " + choice.reason();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
