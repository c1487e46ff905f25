package dev.ratecard.workspace.costing;

import dev.ratecard.pricing.Money;

import java.util.Objects;

/** Rows with a reported cost whose model no direct sheet knows, so there is nothing to compare them with. */
public record UnreconciledModel(String route, String provider, String model, ReportedBasis basis, long rows,
                                Money reported, String reason) {
    public UnreconciledModel {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(reason, "reason");
    }
}
