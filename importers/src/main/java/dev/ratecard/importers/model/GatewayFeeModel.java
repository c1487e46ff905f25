package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a hosted or self-hosted gateway charges on top of the provider's token price. Amounts in USD;
 * percentages as fractions ({@code 0.055} for 5.5 %). Applied by the cost engine in the design's order:
 * token markup and per-request fee, then the credit top-up fee, then BYOK, then plans.
 *
 * @param id                  short stable name, e.g. {@code openrouter-card}
 * @param route               the route usage through this gateway carries, see {@link Routes}
 * @param tokenMarkup         fraction added to the provider cost of tokens (0 for pass-through)
 * @param perRequestFee       USD added per request, or zero
 * @param topUp               credit purchase fee, or {@code null} when billing is not prepaid
 * @param byok                bring-your-own-key fee, or {@code null}
 * @param plans               subscription plans; the first is the default
 * @param markupIsUserSetting true where no public figure exists and the user must enter the markup
 */
public record GatewayFeeModel(
        String id,
        String name,
        String route,
        Provenance provenance,
        BigDecimal tokenMarkup,
        BigDecimal perRequestFee,
        TopUpFee topUp,
        ByokFee byok,
        List<GatewayPlan> plans,
        boolean markupIsUserSetting,
        String notes) {

    public GatewayFeeModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(provenance, "provenance");
        tokenMarkup = nonNegative(tokenMarkup == null ? BigDecimal.ZERO : tokenMarkup, "token markup");
        perRequestFee = nonNegative(perRequestFee == null ? BigDecimal.ZERO : perRequestFee, "per-request fee");
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    static BigDecimal nonNegative(BigDecimal value, String what) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " is negative: " + value.toPlainString());
        }
        return value;
    }

    /** A fee on each credit purchase: {@code max(fraction × amount, minimum)}. */
    public record TopUpFee(BigDecimal fraction, BigDecimal minimumUsd, String method) {
        public TopUpFee {
            nonNegative(Objects.requireNonNull(fraction, "fraction"), "top-up fee");
            minimumUsd = nonNegative(minimumUsd == null ? BigDecimal.ZERO : minimumUsd, "top-up minimum");
        }
    }

    /** A fee on bring-your-own-key traffic: {@code fraction} of the equivalent cost, after {@code freeRequestsPerMonth}. */
    public record ByokFee(BigDecimal fraction, long freeRequestsPerMonth) {
        public ByokFee {
            nonNegative(Objects.requireNonNull(fraction, "fraction"), "BYOK fee");
            if (freeRequestsPerMonth < 0) {
                throw new IllegalArgumentException("free BYOK requests is negative: " + freeRequestsPerMonth);
            }
        }
    }

    /**
     * A subscription: a monthly fee that includes {@code includedRequests} logged requests, then
     * {@code overagePerBlock} USD per started block of {@code blockSize} requests ({@code 0} block size: no overage).
     * A {@code null} monthly fee means the plan has no public price ("contact sales"): it must never be
     * priced as free, so {@link #isPriced()} is false and a user figure is needed.
     */
    public record GatewayPlan(String name, BigDecimal monthlyFeeUsd, long includedRequests, BigDecimal overagePerBlockUsd,
                              long blockSize) {
        public GatewayPlan {
            Objects.requireNonNull(name, "name");
            if (monthlyFeeUsd != null) {
                nonNegative(monthlyFeeUsd, "plan fee");
            }
            overagePerBlockUsd = nonNegative(overagePerBlockUsd == null ? BigDecimal.ZERO : overagePerBlockUsd, "overage");
            if (includedRequests < 0 || blockSize < 0) {
                throw new IllegalArgumentException("plan " + name + " has a negative request count");
            }
        }

        public boolean isPriced() {
            return monthlyFeeUsd != null;
        }
    }
}
