package dev.ratecard.workspace.usage;

import dev.ratecard.pricing.GroupCost;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.workspace.costing.GatewayFees;
import dev.ratecard.workspace.costing.PricedUsage;
import dev.ratecard.workspace.costing.SheetUsage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the stored usage cost, recomputed at the list prices of the route each row took, in US dollars: by month
 * and by route with the gateways' fees (a gateway bills its fees per month and route), by provider and by model
 * before them (a fee is not any one model's). Exact; unmatched and unpriced usage is in no figure and is counted.
 *
 * @param unmatchedRows rows whose model no price entry matched
 * @param complete      false when some usage could not be priced, so every figure is low
 */
public record Spend(SortedMap<YearMonth, Money> byMonth, List<Share> byRoute, List<Share> byProvider, List<Share> byModel,
                    Money total, Money gatewayFees, long unmatchedRows, boolean complete) {
    public Spend {
        byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
        byRoute = List.copyOf(byRoute);
        byProvider = List.copyOf(byProvider);
        byModel = List.copyOf(byModel);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(gatewayFees, "gatewayFees");
    }

    /** One slice of the spend, e.g. a provider and what its models cost. */
    public record Share(String name, Money cost) {
        public Share {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cost, "cost");
        }
    }

    /** The spend of a pricing run by route ({@link dev.ratecard.workspace.costing.PriceChoice.ByRoute}). */
    public static Spend of(PricedUsage priced) {
        List<GroupCost> groups = new ArrayList<>();
        for (SheetUsage sheet : priced.sheets()) {
            sheet.cost().groups().stream().filter(g -> g.cost().currency().equals(Money.USD)).forEach(groups::add);
        }
        SortedMap<YearMonth, Money> byMonth = new TreeMap<>();
        Map<String, Money> byRoute = new LinkedHashMap<>();
        Money fees = Money.ZERO_USD;
        for (GroupCost group : groups) {
            byMonth.merge(group.month(), group.cost(), Money::plus);
            byRoute.merge(group.route(), group.cost(), Money::plus);
        }
        for (GatewayFees gateway : priced.gatewayFees()) {
            for (MonthlyBill bill : gateway.bills()) {
                byMonth.merge(bill.month(), bill.gatewayFees(), Money::plus);
                byRoute.merge(gateway.route(), bill.gatewayFees(), Money::plus);
                fees = fees.plus(bill.gatewayFees());
            }
        }
        Money total = byMonth.values().stream().reduce(Money.ZERO_USD, Money::plus);
        return new Spend(byMonth, ranked(byRoute), ranked(sum(groups, g -> g.entry().provider())),
                ranked(sum(groups, g -> g.entry().model())), total, fees, priced.unmatchedRows(), priced.isComplete());
    }

    private static Map<String, Money> sum(List<GroupCost> groups, Function<GroupCost, String> key) {
        Map<String, Money> sums = new LinkedHashMap<>();
        groups.forEach(group -> sums.merge(key.apply(group), group.cost(), Money::plus));
        return sums;
    }

    /** Dearest first; equal costs by name, so the order does not depend on the order rows were read in. */
    private static List<Share> ranked(Map<String, Money> sums) {
        return sums.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Share::cost).reversed().thenComparing(Share::name)).toList();
    }
}
