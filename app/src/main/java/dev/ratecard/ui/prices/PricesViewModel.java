package dev.ratecard.ui.prices;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.prices.AddedSheet;
import dev.ratecard.workspace.prices.CatalogueSearch;
import dev.ratecard.workspace.prices.EntryDescription;
import dev.ratecard.workspace.prices.LibraryContents;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.PriceLibrary;
import dev.ratecard.workspace.prices.UnreadableSheet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Prices screen: the catalogue (bundled sheets and the user's own) in a searchable, sortable table, the details
 * of the selected price, the routes that sell its model ({@link RouteComparisonViewModel}), the changes between
 * two sheets ({@link SheetChangesViewModel}), and adding and removing the user's sheets. Reading the library runs in
 * the background; searching re-filters the rows in memory, which takes well under a frame for the ~3,500 prices.
 */
public final class PricesViewModel extends ViewModel {
    /** Where the library is. */
    public enum State { LOADING, READY, FAILED }

    static final FileRequest.FileType SHEET_FILES = new FileRequest.FileType("Price sheets (JSON, CSV)",
            List.of("*.json", "*.csv"));
    private static final int ISSUES_SHOWN = 12;

    private final PriceLibrary library;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final StatusNotices notices;
    private final Clock clock;
    private final RouteComparisonViewModel comparison;
    private final SheetChangesViewModel changes;
    private LibraryContents contents;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem", "");
    private final ObservableList<SheetChoice> sheetChoices = FXCollections.observableArrayList(SheetChoice.ALL);
    private final ObservableList<SheetChoice> readOnlySheetChoices = FXCollections.unmodifiableObservableList(sheetChoices);
    private final ObjectProperty<SheetChoice> sheet = new SimpleObjectProperty<>(this, "sheet", SheetChoice.ALL);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Comparator<CatalogueRow>> sortOrder = new SimpleObjectProperty<>(this, "sortOrder");
    private final ObjectProperty<CatalogueRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<EntryDescription> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading the price sheets…");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ObservableList<CatalogueRow> all = FXCollections.observableArrayList();
    private final FilteredList<CatalogueRow> filtered = new FilteredList<>(all);
    private final SortedList<CatalogueRow> sorted = new SortedList<>(filtered);
    private final ObservableList<CatalogueRow> readOnlyRows = FXCollections.unmodifiableObservableList(sorted);
    private final BooleanBinding canRemoveSheet = Bindings.createBooleanBinding(
            () -> sheet.get() != null && !sheet.get().isAll() && sheet.get().sheet().isUserAdded(), sheet);

    public PricesViewModel(PriceLibrary library, DialogService dialogs, TaskExecutor tasks, StatusNotices notices,
                           Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.comparison = new RouteComparisonViewModel(tasks);
        this.changes = new SheetChangesViewModel(tasks);
        sorted.comparatorProperty().bind(sortOrder);
        search.addListener(observable -> refilter());
        sheet.addListener(observable -> refilter());
        selected.addListener((observable, was, now) -> showSelected(now));
    }

    // ---- Commands ----------------------------------------------------------------------------------------

    /** Reads the library in the background; the table fills when it is done. */
    public void load() {
        state.set(State.LOADING);
        summary.set("Loading the price sheets…");
        YearMonth month = YearMonth.now(clock);
        BackgroundTask.withProgress("Load the price sheets", progress -> LoadedLibrary.of(library.load(progress), month))
                .onSuccess(loaded -> {
                    use(loaded, null);
                    reportUnreadable(loaded.contents().unreadable());
                })
                .onFailure(error -> {
                    state.set(State.FAILED);
                    loadProblem.set("The price sheets could not be read: " + error.getMessage());
                    summary.set("");
                })
                .executeWith(tasks);
    }

    /**
     * Asks for price-sheet files and adds each that reads, one after the other in one background task; a file that
     * does not read is refused with the readers' issues and the others are still added.
     */
    public void addSheet() {
        List<Path> files = dialogs.chooseFilesToOpen(FileRequest.toOpen("Add a price sheet", List.of(SHEET_FILES),
                Optional.empty()));
        if (files.isEmpty() || contents == null) {
            return;
        }
        YearMonth month = YearMonth.now(clock);
        LibraryContents before = contents;
        String title = files.size() == 1 ? "Add " + files.get(0).getFileName() : "Add " + files.size() + " price sheets";
        BackgroundTask.withProgress(title, progress -> {
                    List<AddedSheet> added = new ArrayList<>();
                    Map<Path, Exception> refused = new LinkedHashMap<>();
                    LibraryContents after = before;
                    for (Path file : files) {
                        try {
                            AddedSheet one = library.add(file, progress);
                            added.add(one);
                            after = after.with(one.sheet());
                        } catch (ImportCancelledException stop) {
                            throw stop;
                        } catch (ImportException | IOException | RuntimeException refusal) {
                            refused.put(file, refusal);
                        }
                    }
                    return new Additions(added, refused, added.isEmpty() ? null : LoadedLibrary.of(after, month));
                })
                .onSuccess(additions -> {
                    if (additions.library() != null) {
                        use(additions.library(), additions.added().getLast().sheet());
                        additions.added().forEach(this::reportAdded);
                    }
                    additions.refused().forEach((file, error) -> dialogs.showError(refusal(file, error)));
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The price sheets could not be added", error,
                        "Check that the data folder can be written to, then try again.")))
                .executeWith(tasks);
    }

    /** Removes the user's sheet the picker shows, after asking. */
    public void removeSheet() {
        if (!canRemoveSheet.get()) {
            return;
        }
        LibrarySheet doomed = sheet.get().sheet();
        boolean sure = dialogs.confirm(new Confirmation("Remove price sheet", "Remove \"" + doomed.name() + "\"?",
                "Ratecard deletes its copy in " + library.userSheetFolder() + "; the file you added it from is not touched.",
                "Remove the sheet", "Keep it"));
        if (!sure) {
            return;
        }
        YearMonth month = YearMonth.now(clock);
        LibraryContents before = contents;
        BackgroundTask.of("Remove " + doomed.id(), context -> {
                    library.remove(doomed.id());
                    return LoadedLibrary.of(before.without(doomed.id()), month);
                })
                .onSuccess(loaded -> {
                    use(loaded, null);
                    notices.show("Removed the price sheet \"" + doomed.name() + "\"");
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("\"" + doomed.name() + "\" could not be removed", error,
                        "Check that " + library.userSheetFolder() + " can be written to, then try again.")))
                .executeWith(tasks);
    }

    /**
     * Sets the changes view to the picked sheet and the newest other date of it: another sheet of the same catalogue
     * (LiteLLM, OpenRouter, Portkey), or of Ratecard's own format under the same name. Without one, only the picked
     * sheet is filled in, for the user to choose the other.
     */
    public void compareSheetWithAnother() {
        if (contents == null || sheet.get() == null || sheet.get().isAll()) {
            return;
        }
        LibrarySheet picked = sheet.get().sheet();
        Optional<LibrarySheet> other = contents.sheets().stream()
                .filter(candidate -> candidate != picked && sameCatalogue(candidate, picked))
                .max(Comparator.comparing(LibrarySheet::asOf));
        if (other.isPresent() && other.get().asOf().isAfter(picked.asOf())) {
            changes.compare(picked, other.get());
        } else if (other.isPresent()) {
            changes.compare(other.get(), picked);
        } else {
            changes.compare(picked, null);
        }
    }

    private static boolean sameCatalogue(LibrarySheet one, LibrarySheet other) {
        PriceSheetFormat format = one.sheet().format();
        if (format != other.sheet().format()) {
            return false;
        }
        boolean ownFormat = format == PriceSheetFormat.RATECARD_JSON || format == PriceSheetFormat.RATECARD_CSV;
        return !ownFormat || one.name().equalsIgnoreCase(other.name());
    }

    // ---- State -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ObservableList<SheetChoice> sheetChoices() {
        return readOnlySheetChoices;
    }

    public ObjectProperty<SheetChoice> sheetProperty() {
        return sheet;
    }

    /** Words that must each appear in a row's provider, model or aliases. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The order of {@link #rows()}; the view binds the table's comparator here. */
    public ObjectProperty<Comparator<CatalogueRow>> sortOrderProperty() {
        return sortOrder;
    }

    /** The selected row; the view sets it from the table's selection. */
    public ObjectProperty<CatalogueRow> selectedProperty() {
        return selected;
    }

    /** Everything the selected price says, or null when nothing is selected. */
    public ReadOnlyObjectProperty<EntryDescription> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** e.g. "3,450 prices in 12 sheets" or "27 of 3,450 prices match". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the table says when no row shows; empty while rows show. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The rows the sheet picker and the search let through, in the table's sort order. */
    public ObservableList<CatalogueRow> rows() {
        return readOnlyRows;
    }

    public BooleanBinding canRemoveSheetProperty() {
        return canRemoveSheet;
    }

    public RouteComparisonViewModel comparison() {
        return comparison;
    }

    public SheetChangesViewModel changes() {
        return changes;
    }

    // ---- Internals ---------------------------------------------------------------------------------------

    /** What one "Add price sheet…" did: the sheets added, the files refused and why, the library with the additions. */
    private record Additions(List<AddedSheet> added, Map<Path, Exception> refused, LoadedLibrary library) {
    }

    private void use(LoadedLibrary loaded, LibrarySheet pick) {
        contents = loaded.contents();
        List<SheetChoice> choices = new ArrayList<>();
        choices.add(SheetChoice.ALL);
        contents.sheets().forEach(one -> choices.add(new SheetChoice(one)));
        SheetChoice keep = pick != null ? new SheetChoice(pick)
                : choices.contains(sheet.get()) ? sheet.get() : SheetChoice.ALL;
        selected.set(null);
        all.setAll(loaded.rows());
        sheetChoices.setAll(choices);
        sheet.set(keep);
        comparison.use(loaded.comparer());
        changes.useSheets(contents.sheets());
        state.set(State.READY);
        refilter();
    }

    private void refilter() {
        CatalogueSearch query = CatalogueSearch.of(search.get());
        SheetChoice choice = sheet.get() == null ? SheetChoice.ALL : sheet.get();
        filtered.setPredicate(row -> (choice.isAll() || row.sheet() == choice.sheet()) && query.matchesText(row.searchText()));
        if (state.get() != State.READY) {
            return;
        }
        int total = choice.isAll() ? all.size() : choice.sheet().entries().size();
        String where = choice.isAll() ? String.format(Locale.ROOT, "in %d sheets", contents.sheets().size())
                : "in " + choice.sheet().name();
        summary.set(query.isEmpty() ? String.format(Locale.ROOT, "%,d prices %s", total, where)
                : String.format(Locale.ROOT, "%,d of %,d prices %s match", filtered.size(), total, where));
        emptyMessage.set(!filtered.isEmpty() ? "" : query.isEmpty() ? "This sheet has no prices"
                : "No price matches \"" + search.get().strip() + "\"");
    }

    private void showSelected(CatalogueRow row) {
        details.set(row == null ? null : EntryDescription.of(row.entry(), row.sheet()));
        comparison.modelProperty().set(row == null ? null : row.entry());
    }

    private void reportAdded(AddedSheet added) {
        LibrarySheet one = added.sheet();
        String counts = String.format(Locale.ROOT, "%,d prices, as of %s", one.entries().size(), one.asOf());
        notices.show("Added the price sheet \"" + one.name() + "\": " + counts);
        List<ImportIssue> skipped = added.notes().stream().filter(ImportIssue::isError).toList();
        if (!skipped.isEmpty()) {
            dialogs.showInformation("Added \"" + one.name() + "\" without " + skipped.size() + " entries",
                    "These entries could not be read and were left out; their usage shows as unpriced:\n\n"
                            + bullets(skipped));
        }
    }

    private void reportUnreadable(List<UnreadableSheet> unreadable) {
        if (!unreadable.isEmpty()) {
            dialogs.showError(ErrorReport.of("Some of the price sheets you added could not be read",
                    unreadable.stream().map(UnreadableSheet::describe).collect(Collectors.joining("\n\n"))
                            + "\n\nThey stay in " + library.userSheetFolder() + "; fix or remove them there."));
        }
    }

    /** The readers' issues where the user reads first, not folded away. */
    static ErrorReport refusal(Path file, Throwable error) {
        String name = file.getFileName().toString();
        if (error instanceof ImportException refused) {
            return ErrorReport.of("\"" + name + "\" was not added: Ratecard cannot read it as a price sheet",
                    "The reader found:\n" + bullets(refused.issues())
                            + "\n\nFix the file and add it again. Nothing was copied.");
        }
        return ErrorReport.of("\"" + name + "\" was not added", error,
                "Check that the file can be read and that the data folder can be written to, then try again.");
    }

    private static String bullets(List<ImportIssue> issues) {
        String shown = issues.stream().limit(ISSUES_SHOWN).map(issue -> "• " + issue.describe())
                .collect(Collectors.joining("\n"));
        return issues.size() > ISSUES_SHOWN ? shown + "\n• … and " + (issues.size() - ISSUES_SHOWN) + " more" : shown;
    }
}
