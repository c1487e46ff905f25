package dev.ratecard.ui.chart;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.function.Function;

/** Tick label formats for chart axes: {@code 10M}, {@code $1.2K}. Labels only; values are never parsed back. */
public final class AxisLabels {
    private AxisLabels() {
    }

    /** {@code 1K}, {@code 10M}, {@code 100B}. */
    public static StringConverter<Number> compact() {
        return of(value -> CompactNumbers.format(value.doubleValue()));
    }

    /** {@code $1.2K}, {@code €10M}: plotted amounts in {@code currency}. */
    public static StringConverter<Number> money(String currency) {
        return of(value -> MoneyFormatter.compact(new Money(BigDecimal.valueOf(value.doubleValue()), currency)));
    }

    private static StringConverter<Number> of(Function<Number, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : format.apply(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not read back");
            }
        };
    }
}
