package dev.ratecard.pricing;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month's cost through one route, step by step in the fee stack's order.
 *
 * @param route    the gateway's id, or {@code direct}
 * @param complete false when some of the month's usage was unmatched or unpriced, so the bill is low
 */
public record MonthlyBill(YearMonth month, String route, List<FeeLine> steps, boolean complete) {
    public MonthlyBill {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(route, "route");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a bill has at least its list price");
        }
    }

    /** Everything the month costs: provider and gateway. */
    public Money total() {
        return steps.getLast().runningTotal();
    }

    /** What one step added; zero when the bill has no such step. */
    public Money amount(FeeStep step) {
        return steps.stream().filter(line -> line.step() == step).map(FeeLine::amount).findFirst()
                .orElse(Money.zero(total().currency()));
    }

    /** The bill after batch pricing and the negotiated discount, before any gateway fee. */
    public Money providerCost() {
        return steps.stream().filter(line -> line.step() == FeeStep.NEGOTIATED_DISCOUNT).map(FeeLine::runningTotal)
                .findFirst().orElseThrow();
    }

    /** What the gateway adds on top of the provider cost. */
    public Money gatewayFees() {
        return total().minus(providerCost());
    }
}
