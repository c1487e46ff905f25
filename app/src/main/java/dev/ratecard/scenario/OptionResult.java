package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One option at the workload's current volume.
 *
 * @param substitution     true when the option serves the traffic with another model than today's
 * @param monthly          exact monthly cost
 * @param replicas         replicas running (self-hosted; the average busy for scale-to-zero), else {@code null}
 * @param utilisation      share of the running replicas' output capacity used, {@code u = T_out / (N · X_out · 3600 · 730)}
 * @param perMillionTokens effective cost per 1M tokens of all kinds, {@code C / T · 10⁶}
 * @param perMillionOutput effective cost per 1M output tokens, {@code C / T_out · 10⁶} ({@code null} without output)
 * @param marginalPerMillion what one more 1M tokens costs as volume grows without bound (steps spread over their width)
 */
public record OptionResult(String id, String name, OptionKind kind, String servedModel, boolean substitution,
                           Money monthly, List<CostLine> breakdown, BigDecimal replicas, BigDecimal utilisation,
                           Money perMillionTokens, Money perMillionOutput, BigDecimal marginalPerMillion) {
    public OptionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(monthly, "monthly");
        breakdown = List.copyOf(breakdown);
    }
}
