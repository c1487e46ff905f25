package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.scenario.UsageProfile;
import dev.ratecard.store.GroupBy;
import dev.ratecard.store.GroupedUsage;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.UsageGroup;
import dev.ratecard.store.UsageRepository;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.scenarios.UsageProfiles;
import dev.ratecard.workspace.scenarios.WorkloadDocument;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Takes the workload from stored usage: the user picks a date range (UTC days, both included) and the models and
 * routes to keep; the records are condensed into a typical month per model and route ({@link UsageProfiles}),
 * with the peak over the average hour measured where the records are hourly or finer.
 */
final class UsageLoader {
    private final UsageRepository usage;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObservableList<String> routes = FXCollections.observableArrayList();
    private final ObservableList<String> chosenModels = FXCollections.observableArrayList();
    private final ObservableList<String> chosenRoutes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    UsageLoader(UsageRepository usage, TaskExecutor tasks, DialogService dialogs) {
        this.usage = Objects.requireNonNull(usage, "usage");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The models the stored usage in the range has; {@link #chosenModels()} are those to keep (all when none). */
    ObservableList<String> models() {
        return models;
    }

    ObservableList<String> routes() {
        return routes;
    }

    ObservableList<String> chosenModels() {
        return chosenModels;
    }

    ObservableList<String> chosenRoutes() {
        return chosenRoutes;
    }

    /** What the store holds in the range, or why nothing can be loaded. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads which models and routes the range holds. */
    void refresh() {
        Optional<UsageFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        BackgroundTask.of("Read the stored usage", context -> {
                    GroupedUsage byModel = usage.groupWithTotal(GroupBy.MODEL, filter.get());
                    return new Groups(keys(byModel.groups()), keys(usage.group(GroupBy.ROUTE, filter.get())),
                            byModel.total().rows());
                })
                .onSuccess(groups -> {
                    models.setAll(groups.models());
                    routes.setAll(groups.routes());
                    chosenModels.retainAll(groups.models());
                    chosenRoutes.retainAll(groups.routes());
                    status.set(groups.rows() == 0 ? "No usage is stored for these dates. Import usage on the Usage screen."
                            : String.format(Locale.ROOT, "%,d usage rows in these dates.", groups.rows()));
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The stored usage could not be read", error,
                        "Check that the workspace's folder is still there and readable.")))
                .executeWith(tasks);
    }

    private record Groups(List<String> models, List<String> routes, long rows) {
    }

    private static List<String> keys(List<UsageGroup> groups) {
        return groups.stream().map(UsageGroup::key).filter(Objects::nonNull).toList();
    }

    /** Condenses the chosen usage into a workload and hands it to {@code apply}; says so when there is none. */
    void load(Consumer<WorkloadDocument.Usage> apply) {
        Optional<UsageFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        Set<String> keepModels = Set.copyOf(chosenModels);
        Set<String> keepRoutes = Set.copyOf(chosenRoutes);
        String description = "stored usage, " + from.get() + " .. " + to.get();
        BackgroundTask.of("Condense the stored usage", context -> {
            List<UsageRecord> records;
            try (Stream<UsageRecord> all = usage.stream(filter.get())) {
                records = all.filter(r -> keepModels.isEmpty() || keepModels.contains(r.model()))
                        .filter(r -> keepRoutes.isEmpty() || keepRoutes.contains(r.route())).toList();
            }
            if (records.isEmpty()) {
                return Optional.<WorkloadDocument.Usage>empty();
            }
            UsageProfile profile = UsageProfiles.of(records, description);
            return Optional.of(UsageProfiles.toDocument(profile, UsageProfiles.peakToAverage(records).orElse(null), null));
        }).onSuccess(loaded -> loaded.ifPresentOrElse(apply, () -> status.set(
                        "No stored usage matches these dates, models and routes.")))
                .onFailure(error -> dialogs.showError(ErrorReport.of("The stored usage could not be condensed", error,
                        "Check that the workspace's folder is still there and readable.")))
                .executeWith(tasks);
    }

    /** The range as the store filters it: from the start of the first day to the start of the day after the last. */
    private Optional<UsageFilter> filter() {
        if (from.get() == null || to.get() == null) {
            status.set("Choose the first and the last day of usage to take.");
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            status.set("The last day comes before the first; swap them.");
            return Optional.empty();
        }
        return Optional.of(UsageFilter.between(from.get().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.get().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
