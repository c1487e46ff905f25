package dev.ratecard.scenario;

import dev.ratecard.importers.model.GatewayFeeModel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How traffic goes through a hosted gateway: its fee model, the plan chosen ({@code null}: none), the size of
 * each credit top-up (the top-up fee is {@code max(fraction × size, minimum)}, so small top-ups pay more than
 * the headline percentage; {@code null}: large enough for the minimum not to bite) and whether the user brings
 * their own provider key.
 */
public record GatewayTerms(GatewayFeeModel fees, String planName, BigDecimal topUpUsd, boolean byok) {
    public GatewayTerms {
        Objects.requireNonNull(fees, "fees");
        if (topUpUsd != null) {
            Check.positive("gateway.top_up_usd", topUpUsd);
        }
        if (planName != null) {
            GatewayFeeModel.GatewayPlan plan = fees.plans().stream().filter(p -> p.name().equals(planName)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("gateway.plan", planName,
                            "gateway " + fees.id() + " has no such plan"));
            if (!plan.isPriced()) {
                throw new InvalidParameterException("gateway.plan_fee_usd", "nothing", "plan " + planName + " of "
                        + fees.id() + " has no public price; enter the fee you pay");
            }
        }
    }

    public GatewayFeeModel.GatewayPlan plan() {
        return planName == null ? null
                : fees.plans().stream().filter(p -> p.name().equals(planName)).findFirst().orElseThrow();
    }

    /** The effective top-up fee as a fraction of what is bought: {@code max(fraction, minimum / size)}. */
    public BigDecimal topUpFraction() {
        GatewayFeeModel.TopUpFee topUp = fees.topUp();
        if (topUp == null) {
            return BigDecimal.ZERO;
        }
        if (topUpUsd == null) {
            return topUp.fraction();
        }
        return topUp.fraction().max(Units.divide(topUp.minimumUsd(), topUpUsd));
    }

    public GatewayTerms withFees(GatewayFeeModel model) {
        return new GatewayTerms(model, planName, topUpUsd, byok);
    }

    public GatewayTerms withTopUpUsd(BigDecimal value) {
        return new GatewayTerms(fees, planName, value, byok);
    }
}
