package dev.ratecard.ui.scenarios;

import java.util.Objects;

/**
 * A vertical line across a chart at {@code x}: today's volume, a break-even, a payback month.
 *
 * @param label the short text drawn beside it ("Break-even 24.2B")
 * @param exact the exact figure for its tooltip
 */
record Marker(double x, String label, String exact, Kind kind) {
    enum Kind { CURRENT, BREAK_EVEN, FIRST_CROSSING, PAYBACK }

    Marker {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(kind, "kind");
    }
}
