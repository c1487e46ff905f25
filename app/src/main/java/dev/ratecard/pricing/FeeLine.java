package dev.ratecard.pricing;

import java.util.Objects;

/**
 * One step of a monthly bill.
 *
 * @param amount       what this step adds (negative for a discount); for {@link FeeStep#LIST_PRICE}, the list cost
 * @param runningTotal the bill after this step
 * @param explanation  the step's arithmetic in words, e.g. {@code ⌈1000 / 100⌉ = 10 top-ups × max(5.5% × 100, 0.80)}
 */
public record FeeLine(FeeStep step, Money amount, Money runningTotal, String explanation) {
    public FeeLine {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(runningTotal, "runningTotal");
        Objects.requireNonNull(explanation, "explanation");
    }
}
