package dev.ratecard.importers.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The price of one model at one provider through one route, as a sheet states it.
 *
 * @param provider      who serves the model, e.g. {@code openai}, {@code together_ai}
 * @param model         the sheet's model id, e.g. {@code gpt-4o}, {@code anthropic/claude-3.5-sonnet}
 * @param aliases       other names the sheet gives the same price to
 * @param mode          LiteLLM's mode ({@code chat}, {@code embedding} …) or {@code null}
 * @param route         {@link Routes#DIRECT} or the gateway whose catalogue this is
 * @param rates         base rates per unit
 * @param tiers         context tiers, ascending by threshold
 * @param batch         batch pricing, or {@code null} when the sheet states none
 * @param serviceTiers  rates over the base for {@code priority}, {@code flex} …; missing buckets keep the base
 * @param regions       regional multipliers by region name
 * @param timeWindows   time-of-day rates (off-peak)
 * @param currency      ISO 4217 code, {@code USD} for every bundled sheet
 * @param effectiveFrom the date the price starts to apply, or {@code null} if the sheet does not say
 * @param provenance    source URL (or repository and path) and as-of date
 * @param extra         fields the reader could not use, by name, as the source's own text (kept, not lost)
 * @param origin        file and entry this came from (JSON pointer or CSV line)
 */
public record PriceEntry(
        String provider,
        String model,
        List<String> aliases,
        String mode,
        String route,
        Rates rates,
        List<ContextTier> tiers,
        BatchPricing batch,
        Map<String, Rates> serviceTiers,
        Map<String, RegionUplift> regions,
        List<TimeWindowRates> timeWindows,
        String currency,
        LocalDate effectiveFrom,
        Provenance provenance,
        Map<String, String> extra,
        SourceRef origin) {

    public PriceEntry {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(provenance, "provenance");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        tiers = tiers == null ? List.of()
                : tiers.stream().sorted(Comparator.comparingLong(ContextTier::threshold)).toList();
        serviceTiers = serviceTiers == null ? Map.of() : Map.copyOf(serviceTiers);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        timeWindows = timeWindows == null ? List.of() : List.copyOf(timeWindows);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static Builder builder(String provider, String model) {
        return new Builder(provider, model);
    }

    public Builder toBuilder() {
        Builder b = new Builder(provider, model);
        b.aliases.addAll(aliases);
        b.mode = mode;
        b.route = route;
        b.rates = rates;
        b.tiers.addAll(tiers);
        b.batch = batch;
        b.serviceTiers.putAll(serviceTiers);
        b.regions.putAll(regions);
        b.timeWindows.addAll(timeWindows);
        b.currency = currency;
        b.effectiveFrom = effectiveFrom;
        b.provenance = provenance;
        b.extra.putAll(extra);
        b.origin = origin;
        return b;
    }

    public static final class Builder {
        private final String provider;
        private final String model;
        private final List<String> aliases = new ArrayList<>();
        private String mode;
        private String route = Routes.DIRECT;
        private Rates rates = Rates.EMPTY;
        private final List<ContextTier> tiers = new ArrayList<>();
        private BatchPricing batch;
        private final Map<String, Rates> serviceTiers = new LinkedHashMap<>();
        private final Map<String, RegionUplift> regions = new LinkedHashMap<>();
        private final List<TimeWindowRates> timeWindows = new ArrayList<>();
        private String currency = "USD";
        private LocalDate effectiveFrom;
        private Provenance provenance;
        private final Map<String, String> extra = new LinkedHashMap<>();
        private SourceRef origin;

        private Builder(String provider, String model) {
            this.provider = provider;
            this.model = model;
        }

        public Builder alias(String alias) { aliases.add(alias); return this; }
        public Builder aliases(List<String> all) { aliases.addAll(all); return this; }
        public Builder mode(String mode) { this.mode = mode; return this; }
        public Builder route(String route) { this.route = route; return this; }
        public Builder rates(Rates rates) { this.rates = rates; return this; }
        public Builder tier(ContextTier tier) { tiers.add(tier); return this; }
        public Builder batch(BatchPricing batch) { this.batch = batch; return this; }
        public Builder serviceTier(String name, Rates tierRates) { serviceTiers.put(name, tierRates); return this; }
        public Builder region(String name, RegionUplift uplift) { regions.put(name, uplift); return this; }
        public Builder timeWindow(TimeWindowRates window) { timeWindows.add(window); return this; }
        public Builder currency(String currency) { this.currency = currency; return this; }
        public Builder effectiveFrom(LocalDate date) { this.effectiveFrom = date; return this; }
        public Builder provenance(Provenance provenance) { this.provenance = provenance; return this; }
        public Builder extra(String field, String rawValue) { extra.put(field, rawValue); return this; }
        public Builder origin(SourceRef origin) { this.origin = origin; return this; }

        public PriceEntry build() {
            return new PriceEntry(provider, model, aliases, mode, route, rates, tiers, batch, serviceTiers, regions,
                    timeWindows, currency, effectiveFrom, provenance, extra, origin);
        }
    }
}
