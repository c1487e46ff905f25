package dev.ratecard.ui.prices;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.ui.mvvm.FieldCheck;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.prices.ComparisonSettings;
import dev.ratecard.workspace.prices.ReferenceWorkload;
import dev.ratecard.workspace.prices.RouteComparer;
import dev.ratecard.workspace.prices.RouteComparison;
import dev.ratecard.workspace.prices.RouteResult;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The route comparison of the Prices screen: the selected model across every route that sells it, for a month the
 * user sets (default 100M tokens, 25 % output, no cache), cheapest first, every fee included. Recomputed in the
 * background whenever the model or a valid workload field changes; a result that arrives after a newer request
 * is dropped.
 */
public final class RouteComparisonViewModel extends ViewModel {
    /** What the comparison area shows. */
    public enum State { NO_SELECTION, NOT_LOADED, COMPUTING, READY, FIX_THE_MONTH }

    private final TaskExecutor tasks;
    private RouteComparer comparer;
    private int generation;

    private final ObjectProperty<PriceEntry> model = new SimpleObjectProperty<>(this, "model");
    private final StringProperty tokens = new SimpleStringProperty(this, "tokens", "100,000,000");
    private final StringProperty outputPercent = new SimpleStringProperty(this, "outputPercent", "25");
    private final StringProperty cachePercent = new SimpleStringProperty(this, "cachePercent", "0");
    private final StringProperty requests = new SimpleStringProperty(this, "requests", "");
    private final StringProperty userMarkupPercent = new SimpleStringProperty(this, "userMarkupPercent", "");
    private final FieldCheck tokensCheck;
    private final FieldCheck outputCheck;
    private final FieldCheck cacheCheck;
    private final FieldCheck requestsCheck;
    private final FieldCheck markupCheck;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_SELECTION);
    private final ReadOnlyObjectWrapper<RouteComparison> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Routes");
    private final ReadOnlyStringWrapper oneRouteNote = new ReadOnlyStringWrapper(this, "oneRouteNote", "");
    private final ObservableList<RouteRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RouteRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public RouteComparisonViewModel(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        tokensCheck = validation().check(tokens, WorkloadInput::tokensProblem);
        outputCheck = validation().check(outputPercent, WorkloadInput::percentProblem);
        cacheCheck = validation().check(cachePercent, WorkloadInput::percentProblem);
        requestsCheck = validation().check(requests, WorkloadInput::optionalCountProblem);
        markupCheck = validation().check(userMarkupPercent, WorkloadInput::optionalPercentProblem);
        model.addListener(observable -> refresh());
        List.of(tokens, outputPercent, cachePercent, requests, userMarkupPercent)
                .forEach(field -> field.addListener(observable -> refresh()));
    }

    /** The library's routes, ready to compare; until then nothing is compared. */
    void use(RouteComparer newComparer) {
        this.comparer = Objects.requireNonNull(newComparer, "newComparer");
        refresh();
    }

    // ---- State -------------------------------------------------------------------------------------------

    /** The model compared; set from the catalogue's selection. */
    public ObjectProperty<PriceEntry> modelProperty() {
        return model;
    }

    public StringProperty tokensProperty() {
        return tokens;
    }

    public StringProperty outputPercentProperty() {
        return outputPercent;
    }

    public StringProperty cachePercentProperty() {
        return cachePercent;
    }

    /** Requests a month; empty means one per 2,000 tokens. */
    public StringProperty requestsProperty() {
        return requests;
    }

    /** The markup (percent) the user sees at gateways that publish none (TokenMix); empty leaves them unranked. */
    public StringProperty userMarkupPercentProperty() {
        return userMarkupPercent;
    }

    public FieldCheck tokensCheck() {
        return tokensCheck;
    }

    public FieldCheck outputCheck() {
        return outputCheck;
    }

    public FieldCheck cacheCheck() {
        return cacheCheck;
    }

    public FieldCheck requestsCheck() {
        return requestsCheck;
    }

    public FieldCheck markupCheck() {
        return markupCheck;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last comparison, or null. */
    public ReadOnlyObjectProperty<RouteComparison> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** e.g. "claude-sonnet-4-5: 100,000,000 tokens a month, 25% output, no cache". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Said when only one route sells the model; empty otherwise. */
    public ReadOnlyStringProperty oneRouteNoteProperty() {
        return oneRouteNote.getReadOnlyProperty();
    }

    /** The priced routes cheapest first, then those that cannot be compared. */
    public ObservableList<RouteRow> rows() {
        return readOnlyRows;
    }

    /** The priced routes only, cheapest first: what the chart draws. */
    public List<RouteRow> rankedRows() {
        return rows.stream().filter(RouteRow::isComparable).toList();
    }

    // ---- Computing ---------------------------------------------------------------------------------------

    private void refresh() {
        PriceEntry compared = model.get();
        int request = ++generation;
        if (compared == null) {
            show(State.NO_SELECTION, null);
            return;
        }
        if (comparer == null) {
            show(State.NOT_LOADED, null);
            return;
        }
        if (!validation().isValid()) {
            show(State.FIX_THE_MONTH, null);
            return;
        }
        ReferenceWorkload workload = workload();
        ComparisonSettings settings = settings();
        RouteComparer routes = comparer;
        state.set(State.COMPUTING);
        BackgroundTask.of("Compare the routes for " + compared.model(), context -> routes.compare(compared, workload, settings))
                .onSuccess(comparison -> {
                    if (request == generation) {
                        show(State.READY, comparison);
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        show(State.FIX_THE_MONTH, null);
                        heading.set("The routes could not be compared: " + error.getMessage());
                    }
                })
                .executeWith(tasks);
    }

    private ReferenceWorkload workload() {
        long monthTokens = WorkloadInput.count(tokens.get()).orElseThrow();
        ReferenceWorkload workload = ReferenceWorkload.of(monthTokens, WorkloadInput.percent(outputPercent.get()).orElseThrow())
                .withCacheHitShare(WorkloadInput.percent(cachePercent.get()).orElseThrow());
        return WorkloadInput.count(requests.get()).map(workload::withRequests).orElse(workload);
    }

    private ComparisonSettings settings() {
        ComparisonSettings settings = ComparisonSettings.defaults();
        BigDecimal markup = WorkloadInput.percent(userMarkupPercent.get()).orElse(null);
        if (markup != null) {
            for (GatewayFeeModel gateway : comparer.gatewaysWithUserMarkup()) {
                settings = settings.withMarkup(gateway.id(), markup);
            }
        }
        return settings;
    }

    private void show(State newState, RouteComparison comparison) {
        result.set(comparison);
        List<RouteRow> newRows = new ArrayList<>();
        if (comparison != null) {
            int rank = 1;
            for (RouteResult.Priced route : comparison.ranked()) {
                newRows.add(RouteRow.priced(rank++, route));
            }
            comparison.notComparable().forEach(route -> newRows.add(RouteRow.notComparable(route)));
        }
        rows.setAll(newRows);
        heading.set(comparison == null ? model.get() == null ? "Routes" : "Routes for " + model.get().model()
                : describe(comparison));
        oneRouteNote.set(comparison != null && comparison.hasOneSellerOnly() ? oneSeller(comparison) : "");
        state.set(newState);
    }

    private static String oneSeller(RouteComparison comparison) {
        String seller = comparison.sellers().isEmpty() ? "no route" : comparison.sellers().get(0).label();
        return "Only " + seller + " sells " + comparison.model().model() + " in the loaded sheets"
                + (comparison.ranked().size() + comparison.notComparable().size() > 1
                ? "; the gateways below add their fees to its price" : "")
                + ". Add a price sheet to compare it with another seller.";
    }

    private static String describe(RouteComparison comparison) {
        ReferenceWorkload workload = comparison.workload();
        String cache = workload.cacheHitShare().signum() == 0 ? "no cache"
                : percent(workload.cacheHitShare()) + " of the input from the cache";
        return String.format(Locale.ROOT, "Routes for %s: %,d tokens a month, %s output, %s, %,d requests",
                comparison.model().model(), workload.tokensPerMonth(), percent(workload.outputShare()), cache,
                workload.requestsPerMonth());
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
