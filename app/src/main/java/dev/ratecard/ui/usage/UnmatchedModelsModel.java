package dev.ratecard.ui.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.store.ModelAlias;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.costing.PriceChoice;
import dev.ratecard.workspace.costing.PricedUsage;
import dev.ratecard.workspace.costing.UsageSource;
import dev.ratecard.workspace.prices.CatalogueSearch;
import dev.ratecard.workspace.usage.PriceEntryChoice;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model names in the stored usage that no price matched, with their rows and tokens (which are in no cost), and
 * mapping each to a price entry: a searchable picker over the bundled price sheets; the choice is saved to the
 * workspace's alias table, after which every cost is recomputed. The names mapped so far are listed, each removable.
 */
public final class UnmatchedModelsModel extends ViewModel {
    private final WorkspaceModel workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final ObservableList<UnmatchedRow> unmatched = FXCollections.observableArrayList();
    private final ObservableList<ModelAlias> aliases = FXCollections.observableArrayList();
    private final ObservableList<PriceEntryChoice> entries = FXCollections.observableArrayList();
    private final FilteredList<PriceEntryChoice> matchingEntries = new FilteredList<>(entries, entry -> false);
    private final ObservableList<PriceEntryChoice> readOnlyMatchingEntries = FXCollections.unmodifiableObservableList(matchingEntries);
    private final ObjectProperty<UnmatchedRow> selectedModel = new SimpleObjectProperty<>(this, "selectedModel");
    private final ObjectProperty<PriceEntryChoice> selectedEntry = new SimpleObjectProperty<>(this, "selectedEntry");
    private final StringProperty entrySearch = new SimpleStringProperty(this, "entrySearch", "");
    private final BooleanBinding canMap = Bindings.createBooleanBinding(
            () -> selectedModel.get() != null && selectedEntry.get() != null, selectedModel, selectedEntry);

    public UnmatchedModelsModel(WorkspaceModel workspace, TaskExecutor tasks, DialogService dialogs, StatusNotices notices) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        entrySearch.addListener(observable -> refilter());
        selectedModel.addListener((observable, was, now) -> {
            if (now != null) {
                entrySearch.set(searchFor(now.model()));
            }
        });
    }

    public ObservableList<UnmatchedRow> unmatched() {
        return unmatched;
    }

    /** The names mapped so far (the workspace's alias table). */
    public ObservableList<ModelAlias> aliases() {
        return aliases;
    }

    /** The price entries matching the picker's search; none until something is typed. */
    public ObservableList<PriceEntryChoice> matchingEntries() {
        return readOnlyMatchingEntries;
    }

    public ObjectProperty<UnmatchedRow> selectedModelProperty() {
        return selectedModel;
    }

    public ObjectProperty<PriceEntryChoice> selectedEntryProperty() {
        return selectedEntry;
    }

    /** Words to find a price entry by: provider, model id or alias. */
    public StringProperty entrySearchProperty() {
        return entrySearch;
    }

    public BooleanBinding canMapProperty() {
        return canMap;
    }

    private record Loaded(List<UnmatchedRow> unmatched, List<ModelAlias> aliases, List<PriceEntryChoice> entries) {
    }

    /** Prices the stored usage by route, with the aliases as they are now, to find what is unmatched; in the background. */
    public void reload() {
        Optional<Workspace> open = workspace.workspace();
        if (open.isEmpty()) {
            return;
        }
        boolean needEntries = entries.isEmpty();
        BackgroundTask.withProgress("Find the unmatched models", progress -> load(open.get(), needEntries, progress))
                .onSuccess(loaded -> {
                    unmatched.setAll(loaded.unmatched());
                    aliases.setAll(loaded.aliases());
                    if (needEntries) {
                        entries.setAll(loaded.entries());
                        refilter();
                    }
                    selectedModel.set(null);
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The unmatched models could not be found", error,
                        "Try again; if it keeps failing, restore the workspace from its backup.")))
                .executeWith(tasks);
    }

    private static Loaded load(Workspace open, boolean withEntries, Progress progress) throws Exception {
        PricedUsage priced = open.costs().price(new UsageSource.Stored(open.database(), UsageFilter.ALL),
                new PriceChoice.ByRoute(), progress).priced();
        return new Loaded(priced.unmatched().stream().map(UnmatchedRow::of).toList(), open.database().aliases().list(),
                withEntries ? PriceEntryChoice.bundled(open.prices()) : List.of());
    }

    /** Saves "this name means that price" to the alias table; every cost is then recomputed. */
    public void mapSelected() {
        UnmatchedRow model = selectedModel.get();
        PriceEntryChoice entry = selectedEntry.get();
        Optional<Workspace> open = workspace.workspace();
        if (model == null || entry == null || open.isEmpty()) {
            return;
        }
        ModelAlias alias = new ModelAlias(model.model(), entry.provider(), entry.model());
        BackgroundTask.of("Map " + model.model(), context -> {
                    open.get().database().aliases().put(alias);
                    return alias;
                })
                .onSuccess(saved -> {
                    notices.show("\u201c" + saved.rawName() + "\u201d is now priced as " + saved.provider() + " "
                            + saved.modelId() + "; costs recomputed");
                    selectedEntry.set(null);
                    entrySearch.set("");
                    workspace.changed();
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The mapping could not be saved", error,
                        "Nothing changed. Try again.")))
                .executeWith(tasks);
    }

    /** Takes a name out of the alias table, after asking; its rows are matched by the usual rules again. */
    public void removeAlias(ModelAlias alias) {
        Optional<Workspace> open = workspace.workspace();
        if (alias == null || open.isEmpty()) {
            return;
        }
        boolean sure = dialogs.confirm(new Confirmation("Remove mapping", "Stop pricing \u201c" + alias.rawName() + "\u201d as "
                + alias.provider() + " " + alias.modelId() + "?",
                "Its rows are matched by the usual rules again, and every cost is recomputed.", "Remove the mapping", "Keep it"));
        if (!sure) {
            return;
        }
        BackgroundTask.of("Remove the mapping of " + alias.rawName(), context -> open.get().database().aliases().remove(alias.rawName()))
                .onSuccess(removed -> workspace.changed())
                .onFailure(error -> dialogs.showError(ErrorReport.of("The mapping could not be removed", error,
                        "Nothing changed. Try again.")))
                .executeWith(tasks);
    }

    private void refilter() {
        CatalogueSearch search = CatalogueSearch.of(entrySearch.get());
        matchingEntries.setPredicate(search.isEmpty() ? entry -> false : entry -> search.matchesText(entry.searchText()));
    }

    /** A first search for a name: its last path segment without a date, e.g. {@code gpt-4o} for {@code openai/gpt-4o-2024-08-06}. */
    static String searchFor(String rawName) {
        String name = rawName.substring(rawName.lastIndexOf('/') + 1);
        return name.replaceAll("[-@](\\d{4}-?\\d{2}-?\\d{2}|\\d{8})$", "");
    }
}
