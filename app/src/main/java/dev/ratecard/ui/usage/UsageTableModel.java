package dev.ratecard.ui.usage;

import dev.ratecard.importers.model.Tags;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.usage.StoredUsageTable;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stored usage, grouped by model, provider, route, day, month or a tag, within a date range (UTC days, both
 * included), searched by the group's name; each line with tokens per bucket, requests, reported and recomputed cost,
 * and a total line over everything in the range. Grouping and dates re-read the store in the background; the search
 * only filters the lines already read.
 */
public final class UsageTableModel extends ViewModel {
    private final WorkspaceModel workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.MODEL);
    private final StringProperty tag = new SimpleStringProperty(this, "tag", Tags.PROJECT);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<GroupRow> all = FXCollections.observableArrayList();
    private final FilteredList<GroupRow> shown = new FilteredList<>(all);
    private final ObservableList<GroupRow> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<String> tagNames = FXCollections.observableArrayList(Tags.PROJECT);
    private final ReadOnlyObjectWrapper<GroupRow> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyStringWrapper rangeProblem = new ReadOnlyStringWrapper(this, "rangeProblem", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder",
            "The stored usage has not been read");
    private BackgroundTask<?> loading;
    /** What the lines shown were read for; {@code null} until a read succeeds. */
    private Read lastRead;

    /** A read of the store: its grouping, the tag grouped by, and whether the dates limited it. */
    private record Read(Grouping by, String tag, boolean dated) {
        /** "model", "day", "value of project": what one line of the read is. */
        String line() {
            return by == Grouping.TAG ? "value of " + tag : by.toString().toLowerCase(Locale.ROOT);
        }

        /** "models", "days", "values of project". */
        String lines() {
            return by == Grouping.TAG ? "values of " + tag : line() + "s";
        }
    }

    public UsageTableModel(WorkspaceModel workspace, TaskExecutor tasks, DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        grouping.addListener(observable -> reload());
        tag.addListener(observable -> {
            if (grouping.get() == Grouping.TAG) {
                reload();
            }
        });
        from.addListener(observable -> reload());
        to.addListener(observable -> reload());
        search.addListener(observable -> refilter());
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The tag to group by when grouping by tag. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** The first day shown (UTC), or {@code null} for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day shown (UTC, included), or {@code null} for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The lines that match the search. */
    public ObservableList<GroupRow> rows() {
        return readOnlyShown;
    }

    /** Every tag name the stored rows carry. */
    public ObservableList<String> tagNames() {
        return tagNames;
    }

    /** All rows in the date range together, whatever the search. */
    public ReadOnlyObjectProperty<GroupRow> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** e.g. "4 models, 4 stored rows". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The total line in words: rows, tokens, requests, reported and recomputed cost of everything in the range. */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** Why the date range cannot be used; empty when it can. */
    public ReadOnlyStringProperty rangeProblemProperty() {
        return rangeProblem.getReadOnlyProperty();
    }

    /**
     * What the table says while it shows no line: that it is still reading the store, that no stored usage falls in
     * the dates, or that no group matches the search.
     */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Groups the stored usage again, in the background (a reload under way is replaced). */
    public void reload() {
        Optional<Workspace> open = workspace.workspace();
        if (open.isEmpty()) {
            return;
        }
        Optional<UsageFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        if (grouping.get() == Grouping.TAG && (tag.get() == null || tag.get().isBlank())) {
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        Grouping by = grouping.get();
        String tagName = tag.get() == null ? null : tag.get().strip();
        Read read = new Read(by, tagName, from.get() != null || to.get() != null);
        BackgroundTask<StoredUsageTable.Table> task = BackgroundTask.withProgress("Group the stored usage",
                progress -> StoredUsageTable.of(open.get(), by.groupBy(tagName), filter.get(), progress));
        loading = task;
        updatePlaceholder();
        task.onSuccess(table -> show(table, read))
                .onFailure(error -> dialogs.showError(ErrorReport.of("The stored usage could not be grouped", error,
                        "Try again; if it keeps failing, restore the workspace from its backup.")))
                .onFinished(() -> {
                    if (loading == task) {
                        loading = null;
                        updatePlaceholder();
                    }
                })
                .executeWith(tasks);
    }

    private Optional<UsageFilter> filter() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            rangeProblem.set("The last day is before the first.");
            return Optional.empty();
        }
        rangeProblem.set("");
        return Optional.of(new UsageFilter(first == null ? null : first.atStartOfDay().toInstant(ZoneOffset.UTC),
                last == null ? null : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /** "85,652 requests", or, when some rows' source states no count, what was stated and how many rows stated none. */
    static String requests(GroupRow sum) {
        String stated = ImportFigures.count(sum.requests()) + (sum.requests() == 1 ? " request" : " requests");
        if (sum.requestsKnown()) {
            return stated;
        }
        return stated + " stated (" + ImportFigures.count(sum.rowsWithoutRequests())
                + (sum.rowsWithoutRequests() == 1 ? " row" : " rows") + " from sources that state none)";
    }

    private void show(StoredUsageTable.Table table, Read read) {
        lastRead = read;
        all.setAll(table.rows().stream().map(GroupRow::of).toList());
        GroupRow sum = GroupRow.of(table.total(), "Total");
        total.set(sum);
        totalText.set("Total: " + ImportFigures.count(sum.rows()) + " rows, "
                + ImportFigures.count(table.total().totals().totalTokens()) + " tokens, " + requests(sum)
                + "; reported " + (sum.reported().isEmpty() ? "nothing" : sum.reported()) + ", recomputed "
                + sum.recomputed());
        List<String> names = offeredTags(table.tagNames(), tag.get());
        if (!names.equals(tagNames)) {
            String keep = tag.get();
            tagNames.setAll(names);
            tag.set(keep);
        }
        summary.set(ImportFigures.count(table.rows().size()) + " " + read.lines() + ", " + ImportFigures.count(table.total().rows())
                + " stored rows");
        refilter();
    }

    /**
     * The tags to offer: those the rows carry, and the one in use even if none does (the first offered, the project,
     * or one chosen for other dates), so that the tag list never shows another tag than the one the groups are by.
     */
    private static List<String> offeredTags(SortedSet<String> carried, String inUse) {
        SortedSet<String> offered = new TreeSet<>(carried);
        offered.add(inUse == null || inUse.isBlank() ? Tags.PROJECT : inUse.strip());
        return List.copyOf(offered);
    }

    private void refilter() {
        String text = searchText().toLowerCase(Locale.ROOT);
        shown.setPredicate(text.isEmpty() ? null : row -> row.key().toLowerCase(Locale.ROOT).contains(text));
        updatePlaceholder();
    }

    private String searchText() {
        return search.get() == null ? "" : search.get().strip();
    }

    /**
     * Says why no line shows, of the lines last read: those of another grouping or other dates stay until a new read
     * replaces them, or if it is cancelled or fails.
     */
    private void updatePlaceholder() {
        if (loading != null) {
            placeholder.set("Reading the stored usage\u2026");
        } else if (lastRead == null) {
            placeholder.set("The stored usage has not been read");
        } else if (all.isEmpty()) {
            placeholder.set(lastRead.dated() ? "No stored usage falls in these dates" : "No usage is stored");
        } else if (shown.isEmpty()) {
            placeholder.set("No " + lastRead.line() + " matches \u201c" + searchText() + "\u201d");
        } else {
            placeholder.set("");
        }
    }
}
