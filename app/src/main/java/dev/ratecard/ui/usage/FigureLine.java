package dev.ratecard.ui.usage;

import java.util.Objects;

/** One labelled figure of a summary, e.g. "Rows read" and "21,715"; the view lays them out as a two-column grid. */
public record FigureLine(String label, String value) {
    public FigureLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
