package dev.ratecard.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the user brings to a gateway's fee model. Fractions are fractions ({@code 0.1} is 10 %).
 *
 * @param negotiatedDiscount taken off the provider cost, before any gateway fee
 * @param topUpUsd           the size of each credit purchase, or {@code null} for one purchase a month of exactly
 *                           what the month costs
 * @param byok               the traffic uses the user's own provider key: the provider bills the tokens, the
 *                           gateway charges its BYOK fee
 * @param plan               the name of the gateway plan, or {@code null} for the gateway's default (first) plan
 * @param planFeeUsd         the monthly fee the user was quoted for a plan with no public price, or {@code null}
 */
public record FeeSettings(BigDecimal negotiatedDiscount, BigDecimal topUpUsd, boolean byok, String plan,
                          BigDecimal planFeeUsd) {
    public FeeSettings {
        Objects.requireNonNull(negotiatedDiscount, "negotiatedDiscount");
        if (negotiatedDiscount.signum() < 0 || negotiatedDiscount.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("negotiated discount must be between 0 and 1: "
                    + negotiatedDiscount.toPlainString());
        }
        if (topUpUsd != null && topUpUsd.signum() <= 0) {
            throw new IllegalArgumentException("top-up size must be positive: " + topUpUsd.toPlainString());
        }
        if (planFeeUsd != null && planFeeUsd.signum() < 0) {
            throw new IllegalArgumentException("plan fee is negative: " + planFeeUsd.toPlainString());
        }
    }

    /** No discount, monthly top-up of the month's spend, credits (not BYOK), default plan. */
    public static FeeSettings none() {
        return new FeeSettings(BigDecimal.ZERO, null, false, null, null);
    }

    public FeeSettings withNegotiatedDiscount(BigDecimal fraction) {
        return new FeeSettings(fraction, topUpUsd, byok, plan, planFeeUsd);
    }

    public FeeSettings withTopUp(BigDecimal usd) {
        return new FeeSettings(negotiatedDiscount, usd, byok, plan, planFeeUsd);
    }

    public FeeSettings withByok(boolean ownKey) {
        return new FeeSettings(negotiatedDiscount, topUpUsd, ownKey, plan, planFeeUsd);
    }

    public FeeSettings withPlan(String planName) {
        return new FeeSettings(negotiatedDiscount, topUpUsd, byok, planName, planFeeUsd);
    }

    /** The monthly fee quoted for a plan that has no public price ("contact sales"). */
    public FeeSettings withPlanFee(BigDecimal usd) {
        return new FeeSettings(negotiatedDiscount, topUpUsd, byok, plan, usd);
    }
}
