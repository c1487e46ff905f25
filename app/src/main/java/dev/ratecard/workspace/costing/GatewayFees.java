package dev.ratecard.workspace.costing;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.FeeSettings;
import dev.ratecard.pricing.GroupCost;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.pricing.UnmatchedModel;
import dev.ratecard.pricing.UsageCost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gateway's fees on the usage that went through it, month by month through the fee stack: what the
 * gateway adds on top of the provider cost of its route. Bought with credits, no negotiated discount, the
 * gateway's default plan ({@link FeeSettings#none()}).
 */
public record GatewayFees(GatewayFeeModel gateway, String route, List<MonthlyBill> bills) {
    public GatewayFees {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(route, "route");
        bills = List.copyOf(bills);
    }

    /** What the gateway adds over all months. */
    public Money fees() {
        Money sum = Money.ZERO_USD;
        for (MonthlyBill bill : bills) {
            sum = sum.plus(bill.gatewayFees());
        }
        return sum;
    }

    static List<GatewayFees> of(Map<String, GatewayFeeModel> gatewaysByRoute, List<SheetUsage> sheets,
                                List<UnpricedModel> unpriced, CostEngine engine) {
        List<GatewayFees> fees = new ArrayList<>();
        gatewaysByRoute.forEach((route, gateway) -> {
            List<GroupCost> groups = new ArrayList<>();
            long rows = 0;
            for (SheetUsage sheet : sheets) {
                UsageCost onRoute = sheet.cost().onRoute(route);
                groups.addAll(onRoute.groups());
                rows += onRoute.rows();
            }
            List<UnmatchedModel> missing = unpriced.stream().map(UnpricedModel::usage)
                    .filter(u -> u.route().equalsIgnoreCase(route)).toList();
            rows += missing.stream().mapToLong(UnmatchedModel::rows).sum();
            if (rows > 0) {
                UsageCost routeUsage = new UsageCost(groups, missing, rows);
                fees.add(new GatewayFees(gateway, route, engine.bill(routeUsage, gateway, FeeSettings.none())));
            }
        });
        return fees;
    }
}
