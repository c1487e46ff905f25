package dev.ratecard.ui.scenarios;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A slider over the monthly volume, on a log scale from 1M to 100B tokens: its position is {@code log10(tokens)}.
 * Dragging it sets the tokens field to the position's volume rounded to two significant digits (120M, 1.5B), so a
 * drag reads as round figures; typing in the field moves the slider. A drag is one undo step once the view ends
 * the gesture.
 */
final class VolumeSlider {
    static final double MIN = 6;
    static final double MAX = 11;
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    private final ParameterField tokens;
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position", MIN);
    private boolean syncing;

    VolumeSlider(ParameterField tokens) {
        this.tokens = tokens;
        fromField();
        tokens.textProperty().addListener(observable -> fromField());
        position.addListener(observable -> toField());
    }

    DoubleProperty positionProperty() {
        return position;
    }

    /** The volume at {@code position}, rounded to two significant digits. */
    static long tokensAt(double position) {
        return new BigDecimal(Math.pow(10, position)).round(TWO_DIGITS).longValueExact();
    }

    private void fromField() {
        if (syncing || !tokens.parses() || tokens.isEmpty()) {
            return;
        }
        long value = tokens.count();
        if (value > 0) {
            sync(() -> position.set(Math.max(MIN, Math.min(MAX, Math.log10(value)))));
        }
    }

    private void toField() {
        if (!syncing) {
            sync(() -> tokens.textProperty().set(FieldValues.display(FieldSpec.Format.COUNT, tokensAt(position.get()))));
        }
    }

    private void sync(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }
}
