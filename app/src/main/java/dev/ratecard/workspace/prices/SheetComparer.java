package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.MatchRule;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.pricing.ModelMatcher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares two sheets, typically two dates of one catalogue (a newer LiteLLM snapshot against the bundled one),
 * but any two will do. Entries are paired by provider, route and model id (letter case aside); what is left is
 * paired by the engine's matcher where only the spelling differs (a provider prefix, {@code 4.5} for
 * {@code 4-5}), never across dates or variants. For each pair the base rates, context tiers (by comparison and
 * threshold), batch rates and discount, and service-tier rates are compared bucket by bucket.
 */
public final class SheetComparer {
    /** Spelling only: names these rules join are one model under one price. */
    private static final Set<MatchRule> SPELLING = Set.of(MatchRule.EXACT_ID, MatchRule.SHEET_ALIAS,
            MatchRule.CASE_AND_WHITESPACE, MatchRule.PROVIDER_PREFIX, MatchRule.DOTTED_VERSION);

    public SheetDiff compare(LibrarySheet before, LibrarySheet after) {
        List<Pair> pairs = pair(before.entries(), after.entries());
        List<SheetChange> changes = new ArrayList<>();
        int unchanged = 0;
        Set<PriceEntry> pairedBefore = identitySet();
        Set<PriceEntry> pairedAfter = identitySet();
        for (Pair pair : pairs) {
            List<SheetChange> entryChanges = new ArrayList<>();
            compareEntries(pair.before(), pair.after(), entryChanges);
            unchanged += entryChanges.isEmpty() ? 1 : 0;
            changes.addAll(entryChanges);
            pairedBefore.add(pair.before());
            pairedAfter.add(pair.after());
        }
        before.entries().stream().filter(entry -> !pairedBefore.contains(entry))
                .forEach(entry -> changes.add(SheetChange.model(SheetChange.Kind.MODEL_REMOVED, entry)));
        after.entries().stream().filter(entry -> !pairedAfter.contains(entry))
                .forEach(entry -> changes.add(SheetChange.model(SheetChange.Kind.MODEL_ADDED, entry)));
        return new SheetDiff(SheetDiff.SheetSummary.of(before), SheetDiff.SheetSummary.of(after), changes, pairs.size(),
                unchanged);
    }

    private record Pair(PriceEntry before, PriceEntry after) {
    }

    /** The older sheet's entries with their counterparts in the newer one, in the older sheet's order. */
    private static List<Pair> pair(List<PriceEntry> older, List<PriceEntry> newer) {
        Map<String, PriceEntry> newerByKey = new LinkedHashMap<>();
        newer.forEach(entry -> newerByKey.putIfAbsent(key(entry), entry));
        // By identity: two entries of one sheet may be equal records, and each is paired once.
        Map<PriceEntry, PriceEntry> counterpart = new IdentityHashMap<>();
        Set<PriceEntry> taken = identitySet();
        List<PriceEntry> unpaired = new ArrayList<>();
        for (PriceEntry entry : older) {
            PriceEntry match = newerByKey.get(key(entry));
            if (match != null && taken.add(match)) {
                counterpart.put(entry, match);
            } else {
                unpaired.add(entry);
            }
        }
        ModelMatcher matcher = new ModelMatcher(newer.stream().filter(entry -> !taken.contains(entry)).toList());
        for (PriceEntry entry : unpaired) {
            if (matcher.match(entry.provider(), entry.model(), entry.route()) instanceof ModelMatch.Matched matched
                    && SPELLING.containsAll(matched.rules())
                    && matched.entry().provider().equalsIgnoreCase(entry.provider())
                    && matched.entry().route().equalsIgnoreCase(entry.route())
                    && taken.add(matched.entry())) {
                counterpart.put(entry, matched.entry());
            }
        }
        return older.stream().filter(counterpart::containsKey).map(entry -> new Pair(entry, counterpart.get(entry))).toList();
    }

    private static Set<PriceEntry> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static String key(PriceEntry entry) {
        return (entry.provider() + "\n" + entry.route() + "\n" + entry.model()).toLowerCase(Locale.ROOT);
    }

    private static void compareEntries(PriceEntry before, PriceEntry after, List<SheetChange> out) {
        compareRates(before, after, "base", before.rates(), after.rates(), out);
        Map<String, Rates> tiersBefore = tiers(before.tiers());
        Map<String, Rates> tiersAfter = tiers(after.tiers());
        for (String tier : union(tiersBefore.keySet(), tiersAfter.keySet())) {
            compareRates(before, after, tier, tiersBefore.getOrDefault(tier, Rates.EMPTY),
                    tiersAfter.getOrDefault(tier, Rates.EMPTY), out);
        }
        compareRates(before, after, "batch", batchRates(before.batch()), batchRates(after.batch()), out);
        BigDecimal discountBefore = percentOff(before.batch());
        BigDecimal discountAfter = percentOff(after.batch());
        if (differ(discountBefore, discountAfter)) {
            out.add(change(before, after, "batch discount", null, SheetChange.RateUnit.PERCENT_OFF, discountBefore,
                    discountAfter));
        }
        for (String tier : union(before.serviceTiers().keySet(), after.serviceTiers().keySet())) {
            compareRates(before, after, "service tier " + tier, before.serviceTiers().getOrDefault(tier, Rates.EMPTY),
                    after.serviceTiers().getOrDefault(tier, Rates.EMPTY), out);
        }
    }

    private static void compareRates(PriceEntry before, PriceEntry after, String part, Rates old, Rates now,
                                     List<SheetChange> out) {
        for (UsageBucket bucket : UsageBucket.all()) {
            BigDecimal was = BucketDisplay.rate(old, bucket);
            BigDecimal is = BucketDisplay.rate(now, bucket);
            if (differ(was, is)) {
                out.add(change(before, after, part, bucket, SheetChange.RateUnit.of(bucket), was, is));
            }
        }
    }

    private static SheetChange change(PriceEntry before, PriceEntry after, String part, UsageBucket bucket,
                                      SheetChange.RateUnit unit, BigDecimal was, BigDecimal is) {
        SheetChange.Kind kind;
        if (was == null) {
            kind = SheetChange.Kind.RATE_ADDED;
        } else if (is == null) {
            kind = SheetChange.Kind.RATE_REMOVED;
        } else {
            kind = is.compareTo(was) > 0 ? SheetChange.Kind.RATE_RAISED : SheetChange.Kind.RATE_LOWERED;
        }
        PriceEntry named = is == null ? before : after;
        return new SheetChange(kind, named.provider(), named.model(), named.route(), part, bucket, unit, was, is,
                named.currency());
    }

    private static Map<String, Rates> tiers(List<ContextTier> tiers) {
        Map<String, Rates> byName = new LinkedHashMap<>();
        tiers.forEach(tier -> byName.put("tier " + tier.comparison().symbol() + " " + tier.threshold(), tier.rates()));
        return byName;
    }

    private static Rates batchRates(BatchPricing batch) {
        return batch == null ? Rates.EMPTY : batch.rates();
    }

    private static BigDecimal percentOff(BatchPricing batch) {
        return batch == null || batch.discount() == null ? null : batch.discount().movePointRight(2).stripTrailingZeros();
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
