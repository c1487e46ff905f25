package dev.ratecard.pricing;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.Routes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts a gateway's fees on a month of provider cost, in the design's order: list price → context tier /
 * time window / service tier / region → batch → negotiated discount → gateway markup (% and per request) →
 * credit top-up fee → BYOK fee → plan fees. Each step's amount is kept, so the bill can be shown line by line.
 *
 * <p>Assumptions, each a statement about how gateways bill:
 * <ul>
 *   <li><b>Top-ups.</b> A month that needs {@code S} of credits bought in top-ups of {@code T} buys
 *       {@code ⌈S / T⌉} top-ups, each with a fee of {@code max(fraction × T, minimum)} (OpenRouter by card:
 *       5.5 %, at least $0.80, so the percentage dominates once {@code T ≥ $14.55}). Whole top-ups are bought
 *       within the month; a part left over is not carried to the next. With no top-up size, one top-up of
 *       exactly {@code S} a month. Credits pay the provider cost and the markup; with BYOK the provider bills
 *       the user's key directly and credits pay only the gateway's own charges (markup and BYOK fee).</li>
 *   <li><b>BYOK.</b> {@code fraction} of the equivalent cost (the provider cost before the user's negotiated
 *       discount, which the gateway does not know) for the requests past the month's free allowance, taking
 *       requests to cost alike: {@code fee = fraction × cost × (R − N) / R}. That one division is exact where
 *       the quotient terminates, else kept to 34 significant digits.</li>
 *   <li><b>Plans.</b> The plan's monthly fee, plus {@code overage} per started block of requests past those
 *       included.</li>
 * </ul>
 * With no gateway (direct), the stack stops after the negotiated discount and gateway-only settings are
 * ignored. Gateway amounts are US dollars, so usage in another currency cannot go through a gateway.
 */
public final class FeeStack {

    public MonthlyBill bill(MonthlyUsageCost month, GatewayFeeModel gateway, FeeSettings settings) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(settings, "settings");
        List<FeeLine> steps = new ArrayList<>();
        Money running = month.listCost();
        steps.add(new FeeLine(FeeStep.LIST_PRICE, running, running, "usage at the sheets' list rates"));
        running = step(steps, FeeStep.TIER_REGION_SERVICE_TIER, month.adjustedCost().minus(month.listCost()), running,
                "context tiers, time windows, service tiers and regional uplifts");
        running = step(steps, FeeStep.BATCH, month.cost().minus(month.adjustedCost()), running,
                "batch rates and discounts");
        BigDecimal discount = settings.negotiatedDiscount();
        running = step(steps, FeeStep.NEGOTIATED_DISCOUNT, running.times(discount).negate(), running,
                "−" + percent(discount) + " of " + plain(running));
        if (gateway == null) {
            return new MonthlyBill(month.month(), Routes.DIRECT, steps, month.complete());
        }
        requireUsd(month);
        Money providerCost = running;

        Money markup = providerCost.times(gateway.tokenMarkup())
                .plus(usd(gateway.perRequestFee().multiply(BigDecimal.valueOf(month.requests()))));
        running = step(steps, FeeStep.GATEWAY_MARKUP, markup, running, markupExplanation(gateway, providerCost, month.requests()));

        if (settings.byok() && gateway.byok() == null) {
            throw new IllegalArgumentException(gateway.name() + " has no bring-your-own-key option");
        }
        FeeLine byok = byokFee(month, gateway, settings);
        Money credits = settings.byok() ? markup.plus(byok.amount()) : running;
        running = step(steps, FeeStep.TOP_UP_FEE, topUpFee(gateway.topUp(), credits, settings.topUpUsd()), running,
                topUpExplanation(gateway.topUp(), credits, settings.topUpUsd()));
        running = step(steps, FeeStep.BYOK_FEE, byok.amount(), running, byok.explanation());

        FeeLine plan = planFees(gateway, settings, month.requests());
        step(steps, FeeStep.PLAN_FEES, plan.amount(), running, plan.explanation());
        return new MonthlyBill(month.month(), gateway.id(), steps, month.complete());
    }

    /**
     * {@code ⌈credits / size⌉} top-ups, each costing {@code max(fraction × size, minimum)}; with no size, one
     * top-up of exactly {@code credits}. Nothing is bought for a month that needs no credits.
     */
    static Money topUpFee(GatewayFeeModel.TopUpFee topUp, Money credits, BigDecimal topUpSize) {
        if (topUp == null || credits.signum() <= 0) {
            return Money.ZERO_USD;
        }
        BigDecimal size = topUpSize == null ? credits.amount() : topUpSize;
        BigDecimal count = credits.amount().divide(size, 0, RoundingMode.CEILING);
        return usd(feePerTopUp(topUp, size).multiply(count));
    }

    static BigDecimal feePerTopUp(GatewayFeeModel.TopUpFee topUp, BigDecimal size) {
        return topUp.fraction().multiply(size).max(topUp.minimumUsd());
    }

    /** Only the parts the gateway charges: a "+ 0 × 5000 requests" explains nothing. */
    private static String markupExplanation(GatewayFeeModel gateway, Money providerCost, long requests) {
        List<String> parts = new ArrayList<>();
        if (gateway.tokenMarkup().signum() != 0) {
            parts.add(percent(gateway.tokenMarkup()) + " of " + plain(providerCost));
        }
        if (gateway.perRequestFee().signum() != 0) {
            parts.add(plain(gateway.perRequestFee()) + " × " + requests + " requests");
        }
        return parts.isEmpty() ? "no markup" : String.join(" + ", parts);
    }

    private static String topUpExplanation(GatewayFeeModel.TopUpFee topUp, Money credits, BigDecimal topUpSize) {
        if (topUp == null) {
            return "no prepaid credits";
        }
        if (credits.signum() <= 0) {
            return "no credits needed";
        }
        BigDecimal size = topUpSize == null ? credits.amount() : topUpSize;
        String share = percent(topUp.fraction()) + " × " + plain(size);
        String feeEach = topUp.minimumUsd().signum() == 0 ? share : "max(" + share + ", " + plain(topUp.minimumUsd()) + ")";
        if (topUpSize == null) {
            return "1 top-up of " + plain(size) + ": " + feeEach;
        }
        BigDecimal count = credits.amount().divide(size, 0, RoundingMode.CEILING);
        return "⌈" + plain(credits) + " / " + plain(size) + "⌉ = " + count + (count.equals(BigDecimal.ONE) ? " top-up × " : " top-ups × ")
                + feeEach;
    }

    private static FeeLine byokFee(MonthlyUsageCost month, GatewayFeeModel gateway, FeeSettings settings) {
        if (!settings.byok()) {
            return new FeeLine(FeeStep.BYOK_FEE, Money.ZERO_USD, Money.ZERO_USD, "not bring-your-own-key");
        }
        GatewayFeeModel.ByokFee byok = gateway.byok();
        long requests = month.requests();
        long billable = Math.max(0, requests - byok.freeRequestsPerMonth());
        Money fee = Money.ZERO_USD;
        if (billable > 0) {
            BigDecimal numerator = month.cost().amount().multiply(byok.fraction()).multiply(BigDecimal.valueOf(billable));
            fee = usd(quotient(numerator, BigDecimal.valueOf(requests)));
        }
        return new FeeLine(FeeStep.BYOK_FEE, fee, fee, byokExplanation(byok, month.cost(), requests, billable));
    }

    private static String byokExplanation(GatewayFeeModel.ByokFee byok, Money cost, long requests, long billable) {
        String share = percent(byok.fraction()) + " of " + plain(cost);
        if (billable == 0) {
            return requests + " requests, within the " + byok.freeRequestsPerMonth() + " free a month";
        }
        if (billable == requests) {
            return share;
        }
        return share + " × (" + requests + " − " + byok.freeRequestsPerMonth() + " free) / " + requests + " requests";
    }

    private static FeeLine planFees(GatewayFeeModel gateway, FeeSettings settings, long requests) {
        GatewayFeeModel.GatewayPlan plan = plan(gateway, settings.plan());
        if (plan == null) {
            return new FeeLine(FeeStep.PLAN_FEES, Money.ZERO_USD, Money.ZERO_USD, "no plan");
        }
        BigDecimal monthlyFee = monthlyFee(gateway, plan, settings);
        long over = Math.max(0, requests - plan.includedRequests());
        long blocks = plan.blockSize() == 0 || over == 0 ? 0 : (over - 1) / plan.blockSize() + 1;
        Money fee = usd(monthlyFee.add(plan.overagePerBlockUsd().multiply(BigDecimal.valueOf(blocks))));
        String overage = blocks == 0 ? "" : " + " + plain(plan.overagePerBlockUsd()) + " × " + blocks
                + (blocks == 1 ? " started block" : " started blocks") + " of " + plan.blockSize()
                + " requests past the " + plan.includedRequests() + " included";
        return new FeeLine(FeeStep.PLAN_FEES, fee, fee, "plan \"" + plan.name() + "\": " + plain(monthlyFee) + " a month" + overage);
    }

    /** A plan without a public price is never priced as free: the user's quoted figure is required. */
    private static BigDecimal monthlyFee(GatewayFeeModel gateway, GatewayFeeModel.GatewayPlan plan, FeeSettings settings) {
        if (settings.planFeeUsd() != null) {
            return settings.planFeeUsd();
        }
        if (!plan.isPriced()) {
            throw new IllegalArgumentException(gateway.name() + " plan \"" + plan.name()
                    + "\" has no public price; enter the monthly fee you were quoted");
        }
        return plan.monthlyFeeUsd();
    }

    private static GatewayFeeModel.GatewayPlan plan(GatewayFeeModel gateway, String name) {
        if (name == null) {
            return gateway.plans().isEmpty() ? null : gateway.plans().getFirst();
        }
        return gateway.plans().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(gateway.name() + " has no plan \"" + name + "\"; it has "
                        + gateway.plans().stream().map(GatewayFeeModel.GatewayPlan::name).toList()));
    }

    private static Money step(List<FeeLine> steps, FeeStep step, Money amount, Money before, String explanation) {
        Money after = before.plus(amount);
        steps.add(new FeeLine(step, amount, after, explanation));
        return after;
    }

    private static BigDecimal quotient(BigDecimal numerator, BigDecimal divisor) {
        try {
            return numerator.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return numerator.divide(divisor, MathContext.DECIMAL128);
        }
    }

    private static void requireUsd(MonthlyUsageCost month) {
        if (!Money.USD.equals(month.cost().currency())) {
            throw new IllegalArgumentException("gateway fees are in USD; this usage is priced in " + month.cost().currency());
        }
    }

    private static Money usd(BigDecimal amount) {
        return Money.usd(amount);
    }

    private static String plain(Money money) {
        return plain(money.amount());
    }

    /** "600", not "600.000000": an amount's scale says how it was stored, not how precise it is. */
    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
