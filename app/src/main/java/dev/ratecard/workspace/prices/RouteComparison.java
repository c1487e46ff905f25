package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * The entries that sell the model, each once: the hosts bought from directly and the gateways' own lists. A
     * gateway that passes requests on to a host adds its fees to that host's price and is no other seller.
     */
    public List<RouteMatch> sellers() {
        List<RouteMatch> sellers = new ArrayList<>();
        Stream.concat(ranked.stream(), notComparable.stream()).map(route -> route.option().underlying())
                .filter(seller -> sellers.stream().noneMatch(known -> known == seller))
                .forEach(sellers::add);
        return sellers;
    }

    /** True when no more than one entry sells the model in the loaded sheets: no other price to compare it with. */
    public boolean hasOneSellerOnly() {
        return sellers().size() <= 1;
    }
}
