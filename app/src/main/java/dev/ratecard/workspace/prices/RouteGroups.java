package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.pricing.MatchRule;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.pricing.ModelMatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The library's entries grouped by sheet, provider and route, each group with its own {@link ModelMatcher}, so
 * that the engine's matching rules say which entry of each group, if any, is a given model. Built once per
 * library (the matchers index every name), then asked for each model compared.
 *
 * <p>Where two sheets price the same route (the LiteLLM map repeats Anthropic's direct prices and OpenRouter's
 * list), the more specific sheet is used: Ratecard's own sheets, then a gateway's own list (OpenRouter,
 * Portkey), then the broad LiteLLM map; between sheets of one kind, the newer; then the library's order.
 */
final class RouteGroups {
    private record Group(LibrarySheet sheet, List<PriceEntry> entries, ModelMatcher matcher) {
        boolean holds(PriceEntry entry) {
            return entries.stream().anyMatch(candidate -> candidate == entry);
        }
    }

    /** Most preferred sheet first, so that the first match of a route is the one kept. */
    private final List<Group> groups = new ArrayList<>();
    private final Set<String> routes = new HashSet<>();

    RouteGroups(List<LibrarySheet> sheets) {
        List<LibrarySheet> preferred = sheets.stream().sorted(Comparator
                .comparingInt((LibrarySheet sheet) -> kindRank(sheet))
                .thenComparing(LibrarySheet::asOf, Comparator.reverseOrder())).toList();
        for (LibrarySheet sheet : preferred) {
            Map<String, List<PriceEntry>> byProviderAndRoute = new LinkedHashMap<>();
            for (PriceEntry entry : sheet.entries()) {
                String route = entry.route().toLowerCase(Locale.ROOT);
                byProviderAndRoute.computeIfAbsent(entry.provider().toLowerCase(Locale.ROOT) + "\n" + route,
                        key -> new ArrayList<>()).add(entry);
                routes.add(route);
            }
            byProviderAndRoute.values().forEach(entries -> groups.add(new Group(sheet, entries, new ModelMatcher(entries))));
        }
    }

    /** True when some sheet lists prices on {@code route} (a gateway that publishes its own list). */
    boolean listsRoute(String route) {
        return routes.contains(route.toLowerCase(Locale.ROOT));
    }

    /**
     * One entry per route that sells {@code model}: in each group the entry the matcher finds for the model's id
     * (or, failing that, one of its aliases), leaving out matches that price another model's rates (a
     * {@code :free} variant, a fine-tune); per route, the entry of the preferred sheet.
     */
    List<RouteMatch> routesSelling(PriceEntry model) {
        Map<String, RouteMatch> byRoute = new LinkedHashMap<>();
        for (Group group : groups) {
            ModelMatch.Matched match = matchIn(group, model);
            if (match != null) {
                RouteMatch found = new RouteMatch(group.sheet(), match.entry(), match);
                byRoute.putIfAbsent(found.routeKey(), found);
            }
        }
        return List.copyOf(byRoute.values());
    }

    private static ModelMatch.Matched matchIn(Group group, PriceEntry model) {
        if (group.holds(model)) {
            return new ModelMatch.Matched(model.model(), model, List.of(MatchRule.EXACT_ID), 0);
        }
        List<String> names = new ArrayList<>();
        names.add(model.model());
        names.addAll(model.aliases());
        for (String name : names) {
            if (group.matcher().match(null, name, null) instanceof ModelMatch.Matched matched && !matched.needsReview()) {
                return matched;
            }
        }
        return null;
    }

    private static int kindRank(LibrarySheet sheet) {
        return switch (sheet.sheet().format()) {
            case RATECARD_JSON, RATECARD_CSV -> 0;
            case OPENROUTER, PORTKEY -> 1;
            case LITELLM -> 2;
        };
    }
}
