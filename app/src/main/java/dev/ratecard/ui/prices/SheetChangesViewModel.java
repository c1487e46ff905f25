package dev.ratecard.ui.prices;

import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.SheetChange;
import dev.ratecard.workspace.prices.SheetComparer;
import dev.ratecard.workspace.prices.SheetDiff;
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

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The changes between two sheets: models added and removed, and every rate changed, old → new with the percentage,
 * with both sheets' dates. The list is filtered by kind of change and by provider or model, and sorted by whatever
 * column the table sorts on. Worked out in the background when either sheet changes.
 */
public final class SheetChangesViewModel extends ViewModel {
    /** Which changes to show. */
    public enum Show {
        ALL("All changes", Set.of(SheetChange.Kind.values())),
        RATES("Rates changed", Set.of(SheetChange.Kind.RATE_RAISED, SheetChange.Kind.RATE_LOWERED,
                SheetChange.Kind.RATE_ADDED, SheetChange.Kind.RATE_REMOVED)),
        RAISED("Rates raised", Set.of(SheetChange.Kind.RATE_RAISED)),
        LOWERED("Rates lowered", Set.of(SheetChange.Kind.RATE_LOWERED)),
        ADDED("Models added", Set.of(SheetChange.Kind.MODEL_ADDED)),
        REMOVED("Models removed", Set.of(SheetChange.Kind.MODEL_REMOVED));

        private final String label;
        private final Set<SheetChange.Kind> kinds;

        Show(String label, Set<SheetChange.Kind> kinds) {
            this.label = label;
            this.kinds = kinds;
        }

        public String label() {
            return label;
        }

        boolean includes(SheetChange change) {
            return kinds.contains(change.kind());
        }
    }

    private final TaskExecutor tasks;
    private final SheetComparer comparer = new SheetComparer();
    private int generation;

    private final ObservableList<LibrarySheet> sheets = FXCollections.observableArrayList();
    private final ObservableList<LibrarySheet> readOnlySheets = FXCollections.unmodifiableObservableList(sheets);
    private final ObjectProperty<LibrarySheet> before = new SimpleObjectProperty<>(this, "before");
    private final ObjectProperty<LibrarySheet> after = new SimpleObjectProperty<>(this, "after");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.ALL);
    private final ObjectProperty<Comparator<SheetChange>> sortOrder = new SimpleObjectProperty<>(this, "sortOrder");
    private final ReadOnlyObjectWrapper<SheetDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<SheetChange> all = FXCollections.observableArrayList();
    private final FilteredList<SheetChange> filtered = new FilteredList<>(all);
    private final SortedList<SheetChange> sorted = new SortedList<>(filtered);
    private final ObservableList<SheetChange> readOnlyChanges = FXCollections.unmodifiableObservableList(sorted);

    public SheetChangesViewModel(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        sorted.comparatorProperty().bind(sortOrder);
        before.addListener(observable -> recompute());
        after.addListener(observable -> recompute());
        filter.addListener(observable -> refilter());
        show.addListener(observable -> refilter());
    }

    /** The sheets to choose from; keeps the chosen ones where they are still there. */
    void useSheets(List<LibrarySheet> available) {
        sheets.setAll(available);
        if (before.get() != null && !available.contains(before.get())) {
            before.set(null);
        }
        if (after.get() != null && !available.contains(after.get())) {
            after.set(null);
        }
    }

    /** Compares {@code older} with {@code newer}. */
    public void compare(LibrarySheet older, LibrarySheet newer) {
        before.set(older);
        after.set(newer);
    }

    public ObservableList<LibrarySheet> sheets() {
        return readOnlySheets;
    }

    public ObjectProperty<LibrarySheet> beforeProperty() {
        return before;
    }

    public ObjectProperty<LibrarySheet> afterProperty() {
        return after;
    }

    /** Only changes whose provider or model holds this text (ignoring case). */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    /** The order of {@link #changes()}; the view binds the table's comparator here. */
    public ObjectProperty<Comparator<SheetChange>> sortOrderProperty() {
        return sortOrder;
    }

    public ReadOnlyObjectProperty<SheetDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    /**
     * Both sheets with their dates and the counts, e.g. "From LiteLLM price map (litellm, as of 2026-07-24) to … (…, as
     * of 2026-09-01): 2,950 models in both, 2,890 unchanged; 14 added, 3 removed. Showing 40 of 77 changes."
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<SheetChange> changes() {
        return readOnlyChanges;
    }

    private void recompute() {
        LibrarySheet older = before.get();
        LibrarySheet newer = after.get();
        int request = ++generation;
        if (older == null || newer == null) {
            apply(null);
            return;
        }
        BackgroundTask.of("Compare " + older.id() + " with " + newer.id(), context -> comparer.compare(older, newer))
                .onSuccess(result -> {
                    if (request == generation) {
                        apply(result);
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        apply(null);
                        summary.set("The sheets could not be compared: " + error.getMessage());
                    }
                })
                .executeWith(tasks);
    }

    private void apply(SheetDiff result) {
        diff.set(result);
        all.setAll(result == null ? List.of() : result.changes());
        refilter();
    }

    private void refilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Show which = show.get() == null ? Show.ALL : show.get();
        filtered.setPredicate(change -> which.includes(change) && (text.isEmpty()
                || change.provider().toLowerCase(Locale.ROOT).contains(text)
                || change.model().toLowerCase(Locale.ROOT).contains(text)));
        SheetDiff current = diff.get();
        summary.set(current == null ? "" : String.format(Locale.ROOT,
                "From %s (%s, as of %s) to %s (%s, as of %s): %,d models in both, %,d unchanged; %,d added, %,d removed. "
                        + "Showing %,d of %,d changes.",
                current.before().name(), current.before().id(), current.before().asOf(), current.after().name(),
                current.after().id(), current.after().asOf(), current.paired(), current.unchanged(),
                current.count(SheetChange.Kind.MODEL_ADDED), current.count(SheetChange.Kind.MODEL_REMOVED),
                filtered.size(), all.size()));
    }
}
