package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Maps model names as written in logs to price entries.
 *
 * <p>The user's {@link AliasTable} comes first. Otherwise the entries are searched in scopes, narrowest
 * first: those on the record's route and of its provider, then those on its route, then those of its
 * provider, then all. Within a scope the exact model id or a sheet alias is tried, then the
 * {@link ModelNameForms normalisation rules}, mildest first; so {@code openai/gpt-4o} on the direct route
 * finds OpenAI's own {@code gpt-4o} even when a gateway's sheet lists {@code openai/gpt-4o} verbatim. Where
 * several entries fit equally, the one whose own id needed fewer rules wins, then (when dates were dropped)
 * the newest date, then the first in catalogue order.
 *
 * <p>Results are cached per distinct (provider, name, route), so a million rows run the rules once per
 * distinct name. Thread-safe.
 */
public final class ModelMatcher {

    private record Candidate(int index, PriceEntry entry, String name, boolean[] entryChanged) {
        int rulesNeeded() {
            int n = 0;
            for (boolean changed : entryChanged) {
                n += changed ? 1 : 0;
            }
            return n;
        }
    }

    private record CacheKey(String provider, String rawName, String route) {
    }

    private static final int DATE_LEVEL = ModelNameForms.STEPS.size() - 1;

    private final List<PriceEntry> catalogue;
    private final AliasTable aliases;
    private final Map<String, List<Candidate>> exact = new HashMap<>();
    private final List<Map<String, List<Candidate>>> byLevel = new ArrayList<>();
    private final Map<CacheKey, ModelMatch> cache = new ConcurrentHashMap<>();

    public ModelMatcher(Collection<PriceEntry> catalogue, AliasTable aliases) {
        this.catalogue = List.copyOf(catalogue);
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        for (int level = 0; level < ModelNameForms.STEPS.size(); level++) {
            byLevel.add(new HashMap<>());
        }
        for (int i = 0; i < this.catalogue.size(); i++) {
            PriceEntry entry = this.catalogue.get(i);
            index(i, entry, entry.model());
            for (String alias : entry.aliases()) {
                index(i, entry, alias);
            }
        }
    }

    public ModelMatcher(Collection<PriceEntry> catalogue) {
        this(catalogue, AliasTable.empty());
    }

    private void index(int i, PriceEntry entry, String name) {
        ModelNameForms.Forms forms = ModelNameForms.of(name);
        exact.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Candidate(i, entry, name, new boolean[forms.levels()]));
        for (int level = 0; level < forms.levels(); level++) {
            String before = level == 0 ? name : forms.names()[level - 1];
            byLevel.get(level).computeIfAbsent(forms.names()[level], k -> new ArrayList<>())
                    .add(new Candidate(i, entry, before, forms.changed()));
        }
    }

    /** This matcher with another alias table; the cache starts empty. */
    public ModelMatcher withAliases(AliasTable newAliases) {
        return new ModelMatcher(catalogue, newAliases);
    }

    public List<PriceEntry> catalogue() {
        return catalogue;
    }

    public AliasTable aliases() {
        return aliases;
    }

    /**
     * @param provider the record's provider, or {@code null} when the source does not say
     * @param rawName  the model as the source wrote it
     * @param route    the route the traffic took ({@code direct}, {@code openrouter} …), or {@code null}
     */
    public ModelMatch match(String provider, String rawName, String route) {
        Objects.requireNonNull(rawName, "rawName");
        return cache.computeIfAbsent(new CacheKey(provider, rawName, route), k -> resolve(provider, rawName, route));
    }

    /** How many distinct (provider, name, route) triples have been matched so far. */
    public int cachedNames() {
        return cache.size();
    }

    private ModelMatch resolve(String provider, String rawName, String route) {
        var alias = aliases.lookup(rawName);
        if (alias.isPresent()) {
            return byAlias(rawName, alias.get(), route);
        }
        ModelNameForms.Forms forms = ModelNameForms.of(rawName);
        for (Predicate<PriceEntry> scope : scopes(provider, route)) {
            ModelMatch.Matched match = withinScope(rawName, forms, scope);
            if (match != null) {
                return match;
            }
        }
        return new ModelMatch.Unmatched(rawName, "no loaded price entry matches \"" + rawName + "\" (read as \""
                + forms.names()[forms.levels() - 1] + "\"); add it to the alias table to price it");
    }

    private static List<Predicate<PriceEntry>> scopes(String provider, String route) {
        Predicate<PriceEntry> onRoute = e -> route != null && e.route().equalsIgnoreCase(route);
        Predicate<PriceEntry> ofProvider = e -> provider != null && e.provider().equalsIgnoreCase(provider);
        return List.of(onRoute.and(ofProvider), onRoute, ofProvider, e -> true);
    }

    private ModelMatch.Matched withinScope(String rawName, ModelNameForms.Forms forms, Predicate<PriceEntry> scope) {
        List<Candidate> exactHits = exact.getOrDefault(rawName, List.of());
        Candidate best = best(exactHits, scope, false);
        if (best != null) {
            MatchRule rule = best.entry().model().equals(rawName) ? MatchRule.EXACT_ID : MatchRule.SHEET_ALIAS;
            return new ModelMatch.Matched(rawName, best.entry(), List.of(rule), distinctEntries(exactHits) - 1);
        }
        for (int level = 0; level < forms.levels(); level++) {
            List<Candidate> hits = byLevel.get(level).getOrDefault(forms.names()[level], List.of());
            best = best(hits, scope, level == DATE_LEVEL);
            if (best != null) {
                return new ModelMatch.Matched(rawName, best.entry(), rulesUpTo(level, forms.changed(), best.entryChanged()),
                        distinctEntries(hits) - 1);
            }
        }
        return null;
    }

    private ModelMatch byAlias(String rawName, AliasTable.Target target, String route) {
        List<Candidate> hits = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            PriceEntry e = catalogue.get(i);
            boolean sameModel = e.model().equalsIgnoreCase(target.model())
                    || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(target.model()));
            if (sameModel && e.provider().equalsIgnoreCase(target.provider())) {
                hits.add(new Candidate(i, e, e.model(), new boolean[0]));
            }
        }
        Candidate onRoute = best(hits, e -> route != null && e.route().equalsIgnoreCase(route), false);
        Candidate chosen = onRoute != null ? onRoute : best(hits, e -> true, false);
        if (chosen == null) {
            return new ModelMatch.Unmatched(rawName, "the alias table points \"" + rawName + "\" to "
                    + target.provider() + " " + target.model() + ", which no loaded price sheet has");
        }
        return new ModelMatch.Matched(rawName, chosen.entry(), List.of(MatchRule.ALIAS_TABLE), hits.size() - 1);
    }

    private static List<MatchRule> rulesUpTo(int level, boolean[] nameChanged, boolean[] entryChanged) {
        List<MatchRule> rules = new ArrayList<>();
        for (int i = 0; i <= level; i++) {
            if (nameChanged[i] || entryChanged[i]) {
                rules.add(ModelNameForms.STEPS.get(i).rule());
            }
        }
        if (rules.isEmpty()) {
            rules.add(ModelNameForms.STEPS.get(level).rule());
        }
        return rules;
    }

    /** In scope; then fewer rules on the entry's side; then, where dates were dropped, the newest; then catalogue order. */
    private static Candidate best(List<Candidate> hits, Predicate<PriceEntry> scope, boolean preferNewestDate) {
        Candidate best = null;
        for (Candidate c : hits) {
            if (scope.test(c.entry()) && (best == null || better(c, best, preferNewestDate))) {
                best = c;
            }
        }
        return best;
    }

    private static boolean better(Candidate c, Candidate best, boolean preferNewestDate) {
        if (c.rulesNeeded() != best.rulesNeeded()) {
            return c.rulesNeeded() < best.rulesNeeded();
        }
        if (preferNewestDate) {
            int byDate = c.name().compareTo(best.name());
            if (byDate != 0) {
                return byDate > 0;
            }
        }
        return c.index() < best.index();
    }

    private static int distinctEntries(List<Candidate> hits) {
        return (int) hits.stream().mapToInt(Candidate::index).distinct().count();
    }
}
