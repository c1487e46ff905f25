package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.util.List;
import java.util.Objects;

/**
 * Month by month over the projection horizon, volume growing by the workload's growth rate: month {@code t}
 * (1-based) carries {@code V₀ · (1 + g)^(t−1)} tokens.
 */
public record Projection(List<Long> volumes, List<Row> options) {
    public Projection {
        volumes = List.copyOf(volumes);
        options = List.copyOf(options);
    }

    /**
     * @param payback for owned hardware, against the focus baseline; otherwise {@code null}
     */
    public record Row(String option, List<Money> monthly, List<Money> cumulative, Payback payback) {
        public Row {
            Objects.requireNonNull(option, "option");
            monthly = List.copyOf(monthly);
            cumulative = List.copyOf(cumulative);
        }
    }

    /**
     * Buying hardware against paying the baseline: capex is paid when replicas are bought (all at the start, then
     * as growth needs more), the saving each month is the baseline's cost less the hardware's running cost
     * (everything but the capital charge).
     *
     * @param paybackMonth           first month at whose end the cumulative saving covers the capex paid so far, or {@code null}
     * @param discountedPaybackMonth the same with every month's cash discounted at the projection rate, or {@code null}
     * @param npv                    net present value over the horizon, residual value included when the hardware's
     *                               years end within it
     */
    public record Payback(String against, Money capexPaid, Integer paybackMonth, Integer discountedPaybackMonth, Money npv) {
    }
}
