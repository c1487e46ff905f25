package dev.ratecard.workspace.costing;

import dev.ratecard.pricing.BucketTotal;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.PricingNote;
import dev.ratecard.pricing.UsageCost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Usage priced: per sheet, the cost engine's result; the models no sheet knew; the gateways' fees. Exact:
 * nothing is rounded here. Totals cover what could be priced; {@link #isComplete()} says whether that is all.
 *
 * @param rows every row priced or not
 */
public record PricedUsage(PriceChoice choice, List<SheetUsage> sheets, List<UnpricedModel> unmatched,
                          List<GatewayFees> gatewayFees, long rows) {
    public PricedUsage {
        Objects.requireNonNull(choice, "choice");
        sheets = List.copyOf(sheets);
        unmatched = List.copyOf(unmatched);
        gatewayFees = List.copyOf(gatewayFees);
    }

    /** True when every row matched an entry and every bucket with usage had a rate. */
    public boolean isComplete() {
        return unmatched.isEmpty() && sheets.stream().allMatch(s -> s.cost().isComplete());
    }

    /** Provider cost plus gateway fees, per currency (a user's sheet may be in another currency than USD). */
    public Map<String, Money> totals() {
        Map<String, Money> totals = new TreeMap<>(providerCost());
        for (GatewayFees fees : gatewayFees) {
            totals.merge(Money.USD, fees.fees(), Money::plus);
        }
        return totals;
    }

    /** The US-dollar total: provider cost and gateway fees; zero when nothing is priced in dollars. */
    public Money totalUsd() {
        return totals().getOrDefault(Money.USD, Money.ZERO_USD);
    }

    /** What the providers charge for the priced usage, per currency, before gateway fees. */
    public Map<String, Money> providerCost() {
        Map<String, Money> totals = new TreeMap<>();
        for (SheetUsage sheet : sheets) {
            UsageCost cost = sheet.cost();
            if (!cost.groups().isEmpty()) {
                Money priced = cost.pricedTotal();
                totals.merge(priced.currency(), priced, Money::plus);
            }
        }
        return totals;
    }

    /** One line per price entry over all sheets, most expensive first. */
    public List<PricedModel> byModel() {
        List<PricedModel> models = new ArrayList<>();
        for (SheetUsage sheet : sheets) {
            sheet.cost().byModel().forEach(model -> models.add(new PricedModel(sheet.sheet(), model)));
        }
        models.sort(Comparator.comparing((PricedModel m) -> m.cost().cost().amount(), Comparator.reverseOrder()));
        return List.copyOf(models);
    }

    /** One total per bucket (and currency) over all sheets, in bucket order. */
    public List<BucketTotal> byBucket() {
        Map<String, BucketTotal> merged = new LinkedHashMap<>();
        List<BucketTotal> all = new ArrayList<>();
        sheets.forEach(sheet -> all.addAll(sheet.cost().byBucket()));
        all.sort(Comparator.comparing(BucketTotal::bucket));
        for (BucketTotal total : all) {
            merged.merge(total.bucket() + "|" + total.cost().currency(), total, (a, b) -> new BucketTotal(a.bucket(),
                    Math.addExact(a.quantity(), b.quantity()), Math.addExact(a.unpricedQuantity(), b.unpricedQuantity()),
                    a.cost().plus(b.cost())));
        }
        return List.copyOf(merged.values());
    }

    /** Every note of every sheet, merged by flag and detail. */
    public List<PricingNote> notes() {
        Map<String, PricingNote> merged = new LinkedHashMap<>();
        for (SheetUsage sheet : sheets) {
            for (PricingNote note : sheet.cost().notes()) {
                merged.merge(note.flag() + "|" + note.detail(), note,
                        (a, b) -> new PricingNote(a.flag(), Math.addExact(a.rows(), b.rows()), a.detail()));
            }
        }
        return List.copyOf(merged.values());
    }

    /** Rows of models no sheet knew, left out of every total. */
    public long unmatchedRows() {
        return unmatched.stream().mapToLong(u -> u.usage().rows()).sum();
    }
}
