package dev.ratecard.workspace.costing;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/** A reported cost against the recomputed cost of the same rows. */
public record CostComparison(Money reported, Money recomputed) {
    public CostComparison {
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(recomputed, "recomputed");
    }

    /** True when both figures are in one currency, so that they can be compared. */
    public boolean comparable() {
        return reported.currency().equals(recomputed.currency());
    }

    /** Reported minus recomputed, exact; positive when the source charged more than the list price. */
    public Optional<Money> difference() {
        return comparable() ? Optional.of(reported.minus(recomputed)) : Optional.empty();
    }

    /**
     * The difference as a percentage of the recomputed cost (for gateway traffic, the effective markup), to 16
     * significant digits; empty when nothing was recomputed or the currencies differ.
     */
    public Optional<BigDecimal> differencePercent() {
        if (!comparable() || recomputed.isZero()) {
            return Optional.empty();
        }
        return Optional.of(reported.minus(recomputed).amount().movePointRight(2)
                .divide(recomputed.amount(), MathContext.DECIMAL64));
    }

    CostComparison plus(CostComparison other) {
        return new CostComparison(reported.plus(other.reported), recomputed.plus(other.recomputed));
    }
}
