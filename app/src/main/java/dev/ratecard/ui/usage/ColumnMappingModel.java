package dev.ratecard.ui.usage;

import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.MappingSuggestion;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.MappingProfiles;
import dev.ratecard.workspace.usage.CsvColumns;
import dev.ratecard.workspace.usage.FirstRecords;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The column-mapping step of the import wizard, for a CSV no built-in reader knows: a role for each column (the
 * reader's suggestion filled in), the time format and zone, whether input counts include the cache, the cost's
 * currency and unit; a live preview of the first rows read through the mapping; saving it as a named profile, and
 * filling the form from a saved one.
 */
public final class ColumnMappingModel extends ViewModel {
    static final int PREVIEW_ROWS = 12;

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final FirstRecords firstRecords = new FirstRecords();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> previewIssues = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty timeFormat = new SimpleStringProperty(this, "timeFormat", "");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final StringProperty route = new SimpleStringProperty(this, "route", "direct");
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final StringProperty costCurrency = new SimpleStringProperty(this, "costCurrency", "USD");
    private final BooleanProperty inputIncludesCache = new SimpleBooleanProperty(this, "inputIncludesCache");
    private final BooleanProperty outputIncludesReasoning = new SimpleBooleanProperty(this, "outputIncludesReasoning");
    private final BooleanProperty costInCents = new SimpleBooleanProperty(this, "costInCents");
    private final BooleanProperty costInvoiced = new SimpleBooleanProperty(this, "costInvoiced");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper suggestionNote = new ReadOnlyStringWrapper(this, "suggestionNote", "");
    private MappingProfiles profiles;
    private Path file;
    private ZoneId importZone;
    private boolean filling;
    private BackgroundTask<?> previewing;

    public ColumnMappingModel(TaskExecutor tasks, DialogService dialogs, StatusNotices notices) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        for (Observable setting : List.of(name, timeFormat, timeZone, route, provider, costCurrency, inputIncludesCache,
                outputIncludesReasoning, costInCents, costInvoiced)) {
            setting.addListener(observable -> edited());
        }
    }

    /** Shows {@code file}'s columns with the suggestion (or, without one, every column unused), and previews it. */
    void start(Path csv, CsvColumns header, MappingSuggestion suggestion, MappingProfiles savedProfiles, List<String> saved,
               ZoneId zone) {
        this.file = Objects.requireNonNull(csv, "csv");
        this.profiles = Objects.requireNonNull(savedProfiles, "savedProfiles");
        this.importZone = Objects.requireNonNull(zone, "zone");
        profileNames.setAll(saved);
        List<ColumnRow> rows = new ArrayList<>();
        for (int c = 0; c < header.names().size(); c++) {
            ColumnRow row = new ColumnRow(header.names().get(c), header.example(c));
            row.roleProperty().addListener(observable -> edited());
            row.tagProperty().addListener(observable -> edited());
            rows.add(row);
        }
        filling = true;
        columns.setAll(rows);
        String stem = String.valueOf(csv.getFileName()).replaceFirst("\\.[^.]*$", "");
        if (suggestion.mapping() != null) {
            fill(suggestion.mapping());
        }
        name.set(stem + " columns");
        filling = false;
        suggestionNote.set(describe(suggestion));
        edited();
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<String> profileNames() {
        return profileNames;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public ObservableList<IssueRow> previewIssues() {
        return previewIssues;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** A {@code DateTimeFormatter} pattern such as {@code dd.MM.yyyy HH:mm}, {@code unix-seconds}, or blank to recognise ISO 8601. */
    public StringProperty timeFormatProperty() {
        return timeFormat;
    }

    /** The zone of times written without one, or blank for the import's zone. */
    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty routeProperty() {
        return route;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public StringProperty costCurrencyProperty() {
        return costCurrency;
    }

    public BooleanProperty inputIncludesCacheProperty() {
        return inputIncludesCache;
    }

    public BooleanProperty outputIncludesReasoningProperty() {
        return outputIncludesReasoning;
    }

    public BooleanProperty costInCentsProperty() {
        return costInCents;
    }

    public BooleanProperty costInvoicedProperty() {
        return costInvoiced;
    }

    /** What the form still lacks, in words; empty when it makes a mapping. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the reader took each column for, and what it found nothing for. */
    public ReadOnlyStringProperty suggestionNoteProperty() {
        return suggestionNote.getReadOnlyProperty();
    }

    /** The mapping the form describes, if it makes one. */
    public Optional<ColumnMapping> mapping() {
        return MappingForm.build(columns, settings()).mapping();
    }

    /** Fills the form from the saved profile {@code profileName}. */
    public void loadProfile(String profileName) {
        if (profiles == null || profileName == null) {
            return;
        }
        try {
            profiles.load(profileName).ifPresent(mapping -> {
                filling = true;
                fill(mapping);
                name.set(mapping.name());
                filling = false;
                edited();
            });
        } catch (IllegalArgumentException broken) {
            dialogs.showError(ErrorReport.of("The saved mapping \u201c" + profileName + "\u201d cannot be used", broken,
                    "Map the columns here and save the mapping again under that name."));
        }
    }

    /** Saves the mapping under its name (replacing a profile of that name), in the background. */
    public void saveProfile() {
        Optional<ColumnMapping> mapping = mapping();
        if (mapping.isEmpty()) {
            return;
        }
        MappingProfiles target = profiles;
        BackgroundTask.of("Save the mapping " + mapping.get().name(), context -> {
                    target.save(mapping.get());
                    return target.names();
                })
                .onSuccess(names -> {
                    profileNames.setAll(names);
                    notices.show("Saved the column mapping \u201c" + mapping.get().name() + "\u201d");
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The mapping could not be saved", error,
                        "Try again; the mapping stays as it is here.")))
                .executeWith(tasks);
    }

    private void fill(ColumnMapping mapping) {
        MappingForm.apply(mapping, columns);
        MappingForm.Settings s = MappingForm.settingsOf(mapping);
        timeFormat.set(s.timeFormat());
        timeZone.set(s.timeZone());
        route.set(s.route());
        provider.set(s.provider());
        inputIncludesCache.set(s.inputIncludesCache());
        outputIncludesReasoning.set(s.outputIncludesReasoning());
        costCurrency.set(s.costCurrency());
        costInCents.set(s.costInCents());
        costInvoiced.set(s.costInvoiced());
    }

    private MappingForm.Settings settings() {
        return new MappingForm.Settings(name.get(), timeFormat.get(), timeZone.get(), route.get(), provider.get(),
                inputIncludesCache.get(), outputIncludesReasoning.get(), costCurrency.get(), costInCents.get(),
                costInvoiced.get());
    }

    /** Checks the form and, when it makes a mapping, reads the first rows through it (replacing a preview under way). */
    private void edited() {
        if (filling || file == null) {
            return;
        }
        MappingForm.Built built = MappingForm.build(columns, settings());
        problem.set(built.problem());
        if (previewing != null) {
            previewing.cancel();
        }
        if (built.mapping().isEmpty()) {
            preview.clear();
            previewIssues.clear();
            return;
        }
        Path csv = file;
        ImportOptions options = ImportOptions.defaults().withTimeZone(importZone).withMapping(built.mapping().get());
        BackgroundTask<FirstRecords.Sample> task = BackgroundTask.withProgress("Preview the mapping of " + csv.getFileName(),
                progress -> firstRecords.read(csv, options.readOptions(UsageFormat.MAPPED_CSV, importZone), PREVIEW_ROWS, progress));
        previewing = task.onSuccess(sample -> {
                    preview.setAll(sample.records().stream().map(PreviewRow::of).toList());
                    previewIssues.setAll(sample.issues().stream().map(IssueRow::of).toList());
                })
                .onFailure(error -> {
                    preview.clear();
                    previewIssues.setAll(List.of(new IssueRow("Error", String.valueOf(csv.getFileName()), "whole file", "",
                            "", String.valueOf(error.getMessage()))));
                });
        task.executeWith(tasks);
    }

    private static String describe(MappingSuggestion suggestion) {
        StringBuilder note = new StringBuilder();
        suggestion.reasons().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> note.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        if (!suggestion.missing().isEmpty()) {
            note.append("No column found for: ").append(String.join(", ", suggestion.missing())).append('\n');
        }
        return note.toString().strip();
    }
}
