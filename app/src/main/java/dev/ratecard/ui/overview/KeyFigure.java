package dev.ratecard.ui.overview;

import java.util.Objects;

/** A figure to read at a glance, large, with what it counts under it: {@code 108.5M} / "tokens in October 2026". */
public record KeyFigure(String value, String caption) {
    public KeyFigure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(caption, "caption");
    }
}
