package dev.ratecard.scenario;

import dev.ratecard.importers.model.GatewayFeeModel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How traffic goes through a hosted gateway: its fee model, the plan chosen ({@code null}: the fee model's first,
 * as the fee stack takes it), the size of each credit top-up (each costs {@code max(fraction × size, minimum)} and
 * they are bought whole, so small top-ups pay more than the headline percentage; {@code null}: one top-up a month
 * of exactly what the month needs) and whether the user brings their own provider key.
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

    public GatewayTerms withFees(GatewayFeeModel model) {
        return new GatewayTerms(model, planName, topUpUsd, byok);
    }

    public GatewayTerms withTopUpUsd(BigDecimal value) {
        return new GatewayTerms(fees, planName, value, byok);
    }
}
