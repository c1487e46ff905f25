package dev.ratecard.workspace.costing;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.pricing.UsageAggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One pricing run over a stream of usage rows: each row goes to the first sheet of its route that knows its
 * model ({@link SheetRouting}), where the cost engine sums its tokens; rows no sheet knows are kept apart with
 * their token counts. A row costs a map lookup and the engine's own additions, so a million rows stream through
 * in constant memory. Not thread-safe; one per run.
 */
public final class UsagePricer {

    /** Where the rows of one (provider, model name as written, route) go, decided once. */
    static final class Slot {
        final String provider;
        /** The provider the row is matched and priced as, when it is not the row's own (see {@link SheetRouting#matchingProvider}). */
        final String matchedAs;
        final String model;
        final String route;
        /** The sheet that priced the model, or {@code null} when none knew it. */
        final PriceSource sheet;
        final PriceEntry entry;
        final UsageAggregation target;
        final List<String> sheetsTried;
        final String reason;

        Slot(String provider, String matchedAs, String model, String route, PriceSource sheet, PriceEntry entry,
             UsageAggregation target, List<String> sheetsTried, String reason) {
            this.provider = provider;
            this.matchedAs = matchedAs;
            this.model = model;
            this.route = route;
            this.sheet = sheet;
            this.entry = entry;
            this.target = target;
            this.sheetsTried = sheetsTried;
            this.reason = reason;
        }

    }

    /** (provider, model, route) of a row; {@code null} provider allowed. */
    private static final class SlotKey {
        private String provider;
        private String model;
        private String route;
        private int hash;

        SlotKey of(String rowProvider, String rowModel, String rowRoute) {
            provider = rowProvider;
            model = rowModel;
            route = rowRoute;
            hash = (Objects.hashCode(rowProvider) * 31 + rowModel.hashCode()) * 31 + rowRoute.hashCode();
            return this;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SlotKey other && hash == other.hash && model.equals(other.model)
                    && route.equals(other.route) && Objects.equals(provider, other.provider);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final SheetRouting routing;
    private final CostEngine engine;
    private final Map<String, GatewayFeeModel> gatewaysByRoute;
    /** By identity: a sheet's record equality would compare thousands of entries. */
    private final Map<PriceSource, UsageAggregation> bySheet = new IdentityHashMap<>();
    private final List<PriceSource> sheetOrder = new ArrayList<>();
    private final UsageAggregation unpriced;
    private final Map<SlotKey, Slot> slots = new HashMap<>();
    /** Reused for lookups, so that finding a row's slot allocates nothing; keys stored in the map are never changed. */
    private final SlotKey probe = new SlotKey();
    private long rows;

    /** @param gatewaysByRoute the fee model to put on each gateway route's usage (none when pricing at list prices) */
    UsagePricer(SheetRouting routing, CostEngine engine, Map<String, GatewayFeeModel> gatewaysByRoute) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.gatewaysByRoute = Map.copyOf(gatewaysByRoute);
        this.unpriced = engine.aggregate(new ModelMatcher(List.of()));
    }

    /** Prices one row. */
    public void add(UsageRecord record) {
        place(record);
    }

    /** Prices one row and says where it went. */
    Slot place(UsageRecord record) {
        rows++;
        Slot slot = slotOf(record);
        slot.target.add(Objects.equals(slot.matchedAs, record.provider()) ? record : asProvider(record, slot.matchedAs));
        return slot;
    }

    public long rows() {
        return rows;
    }

    /** Ends the run: every sheet's groups priced, unmatched usage listed, gateway fees put on their routes. */
    public PricedUsage finish() {
        List<SheetUsage> sheets = new ArrayList<>();
        sheetOrder.forEach(sheet -> sheets.add(new SheetUsage(sheet, bySheet.get(sheet).finish())));
        List<UnpricedModel> unmatched = new ArrayList<>();
        unpriced.finish().unmatched().forEach(usage -> {
            Slot slot = find(usage.rawName(), usage.provider(), usage.route());
            unmatched.add(new UnpricedModel(usage, slot.sheetsTried, slot.reason));
        });
        return new PricedUsage(routing.choice(), sheets, unmatched, GatewayFees.of(gatewaysByRoute, sheets, unmatched, engine), rows);
    }

    private Slot slotOf(UsageRecord record) {
        Slot slot = slots.get(probe.of(record.provider(), record.model(), record.route()));
        if (slot == null) {
            slot = newSlot(record.provider(), record.model(), record.route());
            slots.put(new SlotKey().of(record.provider(), record.model(), record.route()), slot);
        }
        return slot;
    }

    private Slot newSlot(String provider, String model, String route) {
        String matchedAs = routing.matchingProvider(provider, model, route);
        List<String> tried = new ArrayList<>();
        String firstReason = null;
        for (SheetRouting.Candidate next : routing.candidates(provider, model, route)) {
            SheetRouting.Sheet candidate = next.load();
            tried.add(candidate.source().id());
            switch (candidate.matcher().match(matchedAs, model, route)) {
                case ModelMatch.Matched matched -> {
                    return new Slot(provider, matchedAs, model, route, candidate.source(), matched.entry(),
                            aggregationOf(candidate), List.copyOf(tried), null);
                }
                case ModelMatch.Unmatched miss -> firstReason = firstReason == null ? miss.reason() : firstReason;
            }
        }
        return new Slot(provider, matchedAs, model, route, null, null, unpriced, List.copyOf(tried),
                firstReason == null ? "no price sheet applies" : firstReason);
    }

    private static UsageRecord asProvider(UsageRecord r, String provider) {
        return new UsageRecord(r.start(), r.period(), provider, r.model(), r.route(), r.batch(), r.serviceTier(),
                r.region(), r.tags(), r.counts(), r.reportedCost(), r.naturalKey(), r.source());
    }

    private UsageAggregation aggregationOf(SheetRouting.Sheet sheet) {
        return bySheet.computeIfAbsent(sheet.source(), s -> {
            sheetOrder.add(s);
            return engine.aggregate(sheet.matcher());
        });
    }

    /** The slot whose rows became this unmatched usage (which carries the provider the rows were matched as). */
    private Slot find(String model, String matchedAs, String route) {
        for (Slot slot : slots.values()) {
            if (slot.entry == null && slot.model.equals(model) && Objects.equals(slot.matchedAs, matchedAs)
                    && slot.route.equals(route)) {
                return slot;
            }
        }
        throw new IllegalStateException("unmatched usage of \"" + model + "\" that no row led to");
    }
}
