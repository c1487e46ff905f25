package dev.ratecard.scenario;

import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The API cost of selfhost-economics.md §5.2 at list rates (base tier: a scenario's traffic is a monthly total,
 * not single requests), fee stack in the design's order: tokens at list rate → batch → negotiated discount →
 * gateway markup and per-request fee → credit top-up fee → BYOK fee on requests past the free allowance →
 * plan fee and overage.
 */
public final class ListPriceRoutePricing implements RoutePricing {

    @Override
    public List<CostTerm> price(ApiRoute route, Workload workload) {
        long reference = workload.totalTokens();
        PriceEntry entry = route.price();
        String source = route.priceSource();
        BigDecimal keep = BigDecimal.ONE.subtract(route.negotiatedDiscount());
        BigDecimal batch = workload.batchShare();
        List<CostTerm> terms = new ArrayList<>();
        BigDecimal provider = BigDecimal.ZERO;
        BucketCounts monthly = workload.monthly();
        for (UsageBucket bucket : UsageBucket.all()) {
            long count = monthly.get(bucket);
            BigDecimal rate = rate(entry, bucket);
            if (count == 0 || rate == null && bucket == UsageBucket.REQUESTS) {
                continue;
            }
            if (rate == null) {
                throw new InvalidParameterException("price", entry.provider() + " " + entry.model(),
                        "has no rate for " + bucket.key() + ", which the workload uses (" + count + " per month)");
            }
            BigDecimal counted = BigDecimal.valueOf(count);
            BigDecimal listed = rate.multiply(counted).multiply(BigDecimal.ONE.subtract(batch));
            BigDecimal batched = batchRate(entry.batch(), bucket, rate).multiply(counted).multiply(batch);
            BigDecimal amount = listed.add(batched).multiply(keep);
            provider = provider.add(amount);
            terms.add(CostTerm.Linear.of(CostCategory.TOKENS, tokenLabel(bucket, rate, route), source, amount, reference));
        }
        if (route.proxyFee().signum() > 0) {
            terms.add(CostTerm.Linear.of(CostCategory.FEES, "proxy or payment fee, " + Wording.percent(route.proxyFee())
                    + " of the API bill", "scenario", provider.multiply(route.proxyFee()), reference));
        }
        if (route.gateway() != null) {
            new GatewayFees(route.gateway(), workload).addTo(terms, provider);
        }
        return terms;
    }

    /** The rate of a bucket; reasoning falls back to the output rate, as the price-sheet format says. */
    static BigDecimal rate(PriceEntry entry, UsageBucket bucket) {
        BigDecimal rate = entry.rates().get(bucket);
        if (rate == null && bucket == UsageBucket.REASONING) {
            return entry.rates().get(UsageBucket.OUTPUT_TEXT);
        }
        return rate;
    }

    private static BigDecimal batchRate(BatchPricing batch, UsageBucket bucket, BigDecimal rate) {
        if (batch == null) {
            return rate;
        }
        if (batch.rates().has(bucket)) {
            return batch.rates().get(bucket);
        }
        return batch.discount() == null ? rate : rate.multiply(BigDecimal.ONE.subtract(batch.discount()));
    }

    private static String tokenLabel(UsageBucket bucket, BigDecimal rate, ApiRoute route) {
        String unit = bucket.isToken() ? Wording.perMillion(rate) : Wording.usd(rate) + " per " + bucket.unit().name().toLowerCase(java.util.Locale.ROOT);
        String discount = route.negotiatedDiscount().signum() > 0
                ? ", less " + Wording.percent(route.negotiatedDiscount()) + " negotiated" : "";
        return bucket.key() + " at " + unit + discount;
    }

    /** The gateway's part of the fee stack, on top of the provider's cost. */
    private record GatewayFees(GatewayTerms terms, Workload workload) {

        void addTo(List<CostTerm> out, BigDecimal provider) {
            GatewayFeeModel fees = terms.fees();
            String source = fees.name() + " (" + fees.provenance().source() + ", as of " + fees.provenance().asOf() + ")";
            long reference = workload.totalTokens();
            BigDecimal requests = BigDecimal.valueOf(workload.requests());
            BigDecimal topUp = terms.topUpFraction();
            if (terms.byok()) {
                addByok(out, provider, source, topUp);
            } else {
                BigDecimal markup = provider.multiply(fees.tokenMarkup());
                BigDecimal perRequest = requests.multiply(fees.perRequestFee());
                if (fees.tokenMarkup().signum() > 0) {
                    out.add(CostTerm.Linear.of(CostCategory.FEES, "token markup " + Wording.percent(fees.tokenMarkup()),
                            source, markup, reference));
                }
                if (fees.perRequestFee().signum() > 0) {
                    out.add(CostTerm.Linear.of(CostCategory.FEES, "per-request fee " + Wording.usd(fees.perRequestFee()),
                            source, perRequest, reference));
                }
                if (topUp.signum() > 0) {
                    out.add(CostTerm.Linear.of(CostCategory.FEES, topUpLabel(topUp), source,
                            provider.add(markup).add(perRequest).multiply(topUp), reference));
                }
            }
            GatewayFeeModel.GatewayPlan plan = terms.plan();
            if (plan != null) {
                addPlan(out, plan, source);
            }
        }

        private void addByok(List<CostTerm> out, BigDecimal provider, String source, BigDecimal topUp) {
            GatewayFeeModel.ByokFee byok = terms.fees().byok();
            if (byok == null) {
                throw new InvalidParameterException("gateway.byok", true, "gateway " + terms.fees().id() + " has no BYOK terms");
            }
            long reference = workload.totalTokens();
            long requests = workload.requests();
            // With no request count the free allowance cannot be placed, so every request pays the fee.
            BigDecimal threshold = requests == 0 ? BigDecimal.ZERO
                    : Units.divide(BigDecimal.valueOf(byok.freeRequestsPerMonth()).multiply(BigDecimal.valueOf(reference)),
                            BigDecimal.valueOf(requests));
            BigDecimal perToken = Units.divide(provider.multiply(byok.fraction()), BigDecimal.valueOf(reference));
            out.add(new CostTerm.LinearAbove(CostCategory.FEES, "BYOK fee " + Wording.percent(byok.fraction())
                    + " after " + Wording.tokens(byok.freeRequestsPerMonth()) + " free requests/month", source,
                    perToken, threshold));
            if (topUp.signum() > 0) {
                out.add(new CostTerm.LinearAbove(CostCategory.FEES, topUpLabel(topUp) + " on the BYOK fee", source,
                        perToken.multiply(topUp), threshold));
            }
        }

        private void addPlan(List<CostTerm> out, GatewayFeeModel.GatewayPlan plan, String source) {
            out.add(new CostTerm.Fixed(CostCategory.PLAN, "plan " + plan.name(), source, plan.monthlyFeeUsd()));
            long requests = workload.requests();
            if (plan.blockSize() == 0 || requests == 0) {
                return;
            }
            BigDecimal tokensPerRequest = Units.divide(BigDecimal.valueOf(workload.totalTokens()), BigDecimal.valueOf(requests));
            out.add(new CostTerm.Staircase(CostCategory.PLAN, "plan " + plan.name() + " overage "
                    + Wording.usd(plan.overagePerBlockUsd()) + " per " + Wording.tokens(plan.blockSize())
                    + " requests over " + Wording.tokens(plan.includedRequests()), source, plan.overagePerBlockUsd(),
                    tokensPerRequest.multiply(BigDecimal.valueOf(plan.blockSize())),
                    tokensPerRequest.multiply(BigDecimal.valueOf(plan.includedRequests())), 0, 0,
                    "block of " + Wording.tokens(plan.blockSize()) + " logged requests"));
        }

        private static String topUpLabel(BigDecimal fraction) {
            return "credit top-up fee " + Wording.percent(fraction);
        }
    }
}
