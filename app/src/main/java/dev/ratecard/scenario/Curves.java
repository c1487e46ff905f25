package dev.ratecard.scenario;

import java.util.List;
import java.util.Objects;

/** Monthly cost of each option over the volume grid, in {@code double}s, for plotting only. */
public record Curves(double[] volumes, List<Curve> curves) {
    public Curves {
        Objects.requireNonNull(volumes, "volumes");
        curves = List.copyOf(curves);
    }

    public record Curve(String option, double[] usdPerMonth) {
    }
}
