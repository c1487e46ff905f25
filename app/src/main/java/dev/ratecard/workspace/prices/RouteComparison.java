package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model across every route that sells it, for one reference month: the priced routes cheapest first, then
 * those that cannot be compared, each with its reason.
 */
public record RouteComparison(PriceEntry model, ReferenceWorkload workload, ComparisonSettings settings,
                              List<RouteResult.Priced> ranked, List<RouteResult.NotComparable> notComparable) {
    public RouteComparison {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(settings, "settings");
        ranked = List.copyOf(ranked);
        notComparable = List.copyOf(notComparable);
    }

    public Optional<RouteResult.Priced> cheapest() {
        return ranked.stream().findFirst();
    }

    /** True when no more than one route sells the model in the loaded sheets: nothing to compare it with. */
    public boolean hasOneRouteOnly() {
        return ranked.size() + notComparable.size() <= 1;
    }
}
