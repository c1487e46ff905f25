package dev.ratecard.ui.scenarios;

import java.util.Objects;

/** A point to draw ({@code double}s, for the chart only) and its exact value in words, for its tooltip. */
record PlotPoint(double x, double y, String exact) {
    PlotPoint {
        Objects.requireNonNull(exact, "exact");
    }
}
