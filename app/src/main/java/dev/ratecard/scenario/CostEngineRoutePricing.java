package dev.ratecard.scenario;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.BucketLine;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.FeeSettings;
import dev.ratecard.pricing.FeeStack;
import dev.ratecard.pricing.FeeStep;
import dev.ratecard.pricing.GroupCost;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.pricing.MonthlyUsageCost;
import dev.ratecard.pricing.UsageConditions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prices an API route with the cost engine: the workload's month goes through {@link CostEngine#priceCounts} (its
 * batch share as a batch group) and {@link FeeStack#bill}, and the bill becomes cost terms that give the same
 * figure at the workload's volume and follow the fee stack's own rules at any other:
 * <ul>
 *   <li>tokens, the negotiated discount, the gateway's markup and per-request fee: in proportion to volume;</li>
 *   <li>credit top-ups: whole top-ups of the chosen size, {@code ⌈credits / size⌉ × max(fraction × size, minimum)},
 *       a staircase in volume; with no size, one top-up of the month's credits, {@code max(fraction × credits, minimum)};</li>
 *   <li>the BYOK fee: on the requests past the free allowance, so on the volume past the one they carry;</li>
 *   <li>the plan: its fee, and a step per started block of requests past those included.</li>
 * </ul>
 * A gateway charging both a markup and a BYOK fee buys its top-ups for the two separately here (at most one
 * top-up more than the fee stack buys); no bundled gateway does. A bucket the entry has no rate for is an error,
 * never priced at zero.
 */
public final class CostEngineRoutePricing implements RoutePricing {
    /** Summed counts carry no date; the month only labels the engine's groups. */
    static final YearMonth MONTH = YearMonth.of(2026, 1);
    /** A step so wide it is taken once: "something is bought as soon as anything is needed". */
    private static final BigDecimal ONCE = new BigDecimal("1E+30");

    private final CostEngine engine = new CostEngine();
    private final FeeStack feeStack = new FeeStack();

    @Override
    public List<CostTerm> price(ApiRoute route, Workload workload) {
        PriceEntry entry = route.price();
        long reference = workload.totalTokens();
        Parts parts = Parts.of(workload);
        List<GroupCost> groups = new ArrayList<>();
        UsageConditions conditions = UsageConditions.standard(MONTH);
        if (!parts.interactive.isZero()) {
            groups.add(engine.priceCounts(entry, parts.interactive, conditions));
        }
        if (!parts.batch.isZero()) {
            groups.add(engine.priceCounts(entry, parts.batch, conditions.withBatch(true)));
        }
        requirePriced(entry, groups);
        MonthlyUsageCost month = month(groups, workload.requests());
        GatewayTerms gw = route.gateway();
        MonthlyBill bill;
        try {
            bill = feeStack.bill(month, gw == null ? null : gw.fees(), settings(route));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("gateway", gw == null ? "direct" : gw.fees().id(), e.getMessage());
        }

        List<CostTerm> terms = new ArrayList<>(tokens(groups, route, reference));
        Money providerCost = bill.providerCost();
        if (route.proxyFee().signum() > 0) {
            terms.add(CostTerm.Linear.of(CostCategory.FEES, "proxy or payment fee, " + Wording.percent(route.proxyFee())
                    + " of the token bill", "scenario", providerCost.amount().multiply(route.proxyFee()), reference));
        }
        if (gw != null) {
            new GatewayTermsOfBill(gw, bill, month, workload).addTo(terms);
        }
        return terms;
    }

    private static FeeSettings settings(ApiRoute route) {
        GatewayTerms gw = route.gateway();
        FeeSettings s = FeeSettings.none().withNegotiatedDiscount(route.negotiatedDiscount());
        return gw == null ? s : s.withTopUp(gw.topUpUsd()).withByok(gw.byok()).withPlan(gw.planName());
    }

    /** The workload's month split into what goes through the batch API and what does not, bucket by bucket. */
    private record Parts(BucketCounts interactive, BucketCounts batch) {
        static Parts of(Workload w) {
            BucketCounts.Builder interactive = BucketCounts.builder();
            BucketCounts.Builder batch = BucketCounts.builder();
            for (UsageBucket bucket : UsageBucket.all()) {
                long count = w.monthly().get(bucket);
                long batched = bucket == UsageBucket.REQUESTS ? 0 : BigDecimal.valueOf(count).multiply(w.batchShare())
                        .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                batch.set(bucket, batched);
                interactive.set(bucket, count - batched);
            }
            return new Parts(interactive.build(), batch.build());
        }
    }

    private static void requirePriced(PriceEntry entry, List<GroupCost> groups) {
        List<BucketLine> unpriced = groups.stream().flatMap(g -> g.unpricedLines().stream()).toList();
        if (!unpriced.isEmpty()) {
            Map<UsageBucket, Long> quantities = unpriced.stream()
                    .collect(Collectors.groupingBy(BucketLine::bucket, () -> new EnumMap<>(UsageBucket.class),
                            Collectors.summingLong(BucketLine::quantity)));
            String buckets = quantities.entrySet().stream().map(e -> e.getKey().key() + ", which the workload uses ("
                    + e.getValue() + " per month)").collect(Collectors.joining("; "));
            throw new InvalidParameterException("price", entry.provider() + " " + entry.model(), "has no rate for " + buckets);
        }
    }

    private static MonthlyUsageCost month(List<GroupCost> groups, long requests) {
        Money list = Money.ZERO_USD;
        Money adjusted = Money.ZERO_USD;
        Money cost = Money.ZERO_USD;
        for (GroupCost g : groups) {
            list = list.plus(g.listCost());
            adjusted = adjusted.plus(g.adjustedCost());
            cost = cost.plus(g.cost());
        }
        return new MonthlyUsageCost(MONTH, list, adjusted, cost, requests, true);
    }

    /** One term per bucket: what its tokens cost after batch pricing and the negotiated discount. */
    private static List<CostTerm> tokens(List<GroupCost> groups, ApiRoute route, long reference) {
        Map<UsageBucket, BigDecimal> amounts = new EnumMap<>(UsageBucket.class);
        Map<UsageBucket, BucketLine> standard = new EnumMap<>(UsageBucket.class);
        for (GroupCost g : groups) {
            for (BucketLine line : g.lines()) {
                if (line.quantity() > 0 && line.isPriced()) {
                    amounts.merge(line.bucket(), line.cost().orElseThrow().amount(), BigDecimal::add);
                    standard.putIfAbsent(line.bucket(), line);
                }
            }
        }
        BigDecimal keep = BigDecimal.ONE.subtract(route.negotiatedDiscount());
        String discount = route.negotiatedDiscount().signum() > 0
                ? ", less " + Wording.percent(route.negotiatedDiscount()) + " negotiated" : "";
        String source = route.priceSource();
        List<CostTerm> terms = new ArrayList<>();
        amounts.forEach((bucket, amount) -> {
            BucketLine line = standard.get(bucket);
            String rate = line.displayRate().map(r -> "$" + r.toPlainString()).orElse("?") + " " + line.displayUnit();
            terms.add(CostTerm.Linear.of(CostCategory.TOKENS, bucket.key() + " at " + rate + discount
                    + (groups.size() > 1 ? " (batch share at the batch rate)" : ""), source, amount.multiply(keep), reference));
        });
        return terms;
    }

    /** The gateway's steps of a month's bill as terms over volume. */
    private record GatewayTermsOfBill(GatewayTerms terms, MonthlyBill bill, MonthlyUsageCost month, Workload workload) {

        void addTo(List<CostTerm> out) {
            GatewayFeeModel fees = terms.fees();
            String source = fees.name() + " (" + fees.provenance().source() + ", as of " + fees.provenance().asOf() + ")";
            long reference = workload.totalTokens();
            Money markup = bill.amount(FeeStep.GATEWAY_MARKUP);
            if (markup.signum() > 0) {
                out.add(CostTerm.Linear.of(CostCategory.FEES, "markup " + Wording.percent(fees.tokenMarkup())
                        + " and " + Wording.usd(fees.perRequestFee()) + " per request", source, markup.amount(), reference));
            }
            BigDecimal byokPerToken = BigDecimal.ZERO;
            BigDecimal byokFrom = BigDecimal.ZERO;
            if (terms.byok() && workload.requests() > 0) {
                GatewayFeeModel.ByokFee byok = fees.byok();
                byokPerToken = Units.divide(month.cost().amount().multiply(byok.fraction()), BigDecimal.valueOf(reference));
                byokFrom = Units.divide(BigDecimal.valueOf(byok.freeRequestsPerMonth()).multiply(BigDecimal.valueOf(reference)),
                        BigDecimal.valueOf(workload.requests()));
                out.add(new CostTerm.LinearAbove(CostCategory.FEES, "BYOK fee " + Wording.percent(byok.fraction()) + " after "
                        + Wording.tokens(byok.freeRequestsPerMonth()) + " free requests/month", source, byokPerToken, byokFrom,
                        new CostTerm.Exact(reference, bill.amount(FeeStep.BYOK_FEE).amount())));
            }
            GatewayFeeModel.TopUpFee topUp = fees.topUp();
            if (topUp != null) {
                if (terms.byok()) {
                    boolean both = markup.signum() > 0 && byokPerToken.signum() > 0;
                    topUps(out, topUp, Units.divide(markup.amount(), BigDecimal.valueOf(reference)), BigDecimal.ZERO, source, !both);
                    topUps(out, topUp, byokPerToken, byokFrom, source, !both);
                } else {
                    BigDecimal credits = bill.providerCost().plus(markup).amount();
                    topUps(out, topUp, Units.divide(credits, BigDecimal.valueOf(reference)), BigDecimal.ZERO, source, true);
                }
            }
            GatewayFeeModel.GatewayPlan plan = plan(fees);
            if (plan != null) {
                addPlan(out, plan, source);
            }
        }

        /**
         * Top-ups for credits of {@code perToken} per token past {@code from} tokens; {@code allCredits} when these are
         * all the month's credits, so that the bill's own top-up fee is the exact figure at the workload's volume.
         */
        private void topUps(List<CostTerm> out, GatewayFeeModel.TopUpFee topUp, BigDecimal perToken, BigDecimal from,
                            String source, boolean allCredits) {
            if (perToken.signum() == 0) {
                return;
            }
            BigDecimal size = terms.topUpUsd();
            String label = "credit top-up fee " + Wording.percent(topUp.fraction()) + ", at least "
                    + Wording.usd(topUp.minimumUsd()) + " per top-up";
            if (size != null) {
                BigDecimal each = topUp.fraction().multiply(size).max(topUp.minimumUsd());
                out.add(new CostTerm.Staircase(CostCategory.FEES, label + ", top-ups of " + Wording.usd(size), source, each,
                        Units.divide(size, perToken), from, 0, 0, "top-up of " + Wording.usd(size)));
                return;
            }
            // One top-up a month of exactly the credits: max(fraction × credits, minimum) once any are needed.
            out.add(new CostTerm.Staircase(CostCategory.FEES, label + ", one top-up a month", source, topUp.minimumUsd(),
                    ONCE, from, 0, 0, "monthly top-up"));
            if (topUp.fraction().signum() > 0) {
                BigDecimal slope = topUp.fraction().multiply(perToken);
                BigDecimal pastMinimum = bill.amount(FeeStep.TOP_UP_FEE).amount().subtract(topUp.minimumUsd()).max(BigDecimal.ZERO);
                out.add(new CostTerm.LinearAbove(CostCategory.FEES, label + ", past the minimum", source, slope,
                        from.add(Units.divide(topUp.minimumUsd(), slope)),
                        allCredits ? new CostTerm.Exact(workload.totalTokens(), pastMinimum) : null));
            }
        }

        private GatewayFeeModel.GatewayPlan plan(GatewayFeeModel fees) {
            if (terms.planName() == null) {
                return fees.plans().isEmpty() ? null : fees.plans().getFirst();
            }
            return terms.plan();
        }

        private void addPlan(List<CostTerm> out, GatewayFeeModel.GatewayPlan plan, String source) {
            Money fee = bill.amount(FeeStep.PLAN_FEES);
            long requests = workload.requests();
            long over = Math.max(0, requests - plan.includedRequests());
            long blocks = plan.blockSize() == 0 || over == 0 ? 0 : (over - 1) / plan.blockSize() + 1;
            BigDecimal monthly = fee.amount().subtract(plan.overagePerBlockUsd().multiply(BigDecimal.valueOf(blocks)));
            out.add(new CostTerm.Fixed(CostCategory.PLAN, "plan " + plan.name(), source, monthly));
            if (plan.blockSize() == 0 || requests == 0) {
                return;
            }
            BigDecimal tokensPerRequest = Units.divide(BigDecimal.valueOf(workload.totalTokens()), BigDecimal.valueOf(requests));
            out.add(new CostTerm.Staircase(CostCategory.PLAN, "plan " + plan.name() + " overage "
                    + Wording.usd(plan.overagePerBlockUsd()) + " per started " + Wording.tokens(plan.blockSize())
                    + " requests past " + Wording.tokens(plan.includedRequests()), source, plan.overagePerBlockUsd(),
                    tokensPerRequest.multiply(BigDecimal.valueOf(plan.blockSize())),
                    tokensPerRequest.multiply(BigDecimal.valueOf(plan.includedRequests())), 0, 0,
                    "block of " + Wording.tokens(plan.blockSize()) + " logged requests"));
        }
    }
}
