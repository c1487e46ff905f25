package dev.ratecard.report;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.scenario.Wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** A cell as text: rounded for people (the PDF), or canonical for programs (the CSV). */
public final class CellText {
    /** Money in canonical form keeps the store's precision: nine decimals, the nano-dollar. */
    static final int CANONICAL_MONEY_SCALE = 9;

    private CellText() {
    }

    /**
     * {@code $9,435.73}, {@code $0.80}, {@code $0.3904} per 1M, {@code 24,227,277,778}, {@code 0.55 %}: rounded
     * HALF_EVEN, here only.
     */
    public static String display(Cell cell) {
        return switch (cell) {
            case Cell.Text t -> t.value();
            case Cell.Amount a -> MoneyFormatter.minorUnit(a.value());
            case Cell.UnitCost u -> MoneyFormatter.table(u.value());
            case Cell.Count c -> String.format(Locale.ROOT, "%,d", c.value());
            case Cell.Percent p -> Wording.percent(p.fraction());
            case Cell.Decimal d -> Wording.number(d.value(), 4);
        };
    }

    /**
     * A number as a program reads it: plain digits, a point, a leading minus for negatives, no grouping or symbol;
     * money to the nano-dollar, fractions as fractions. Text is returned as it is.
     */
    public static String canonical(Cell cell) {
        return switch (cell) {
            case Cell.Text t -> t.value();
            case Cell.Amount a -> plain(a.value().amount().setScale(CANONICAL_MONEY_SCALE, RoundingMode.HALF_EVEN));
            case Cell.UnitCost u -> plain(u.value().amount().setScale(CANONICAL_MONEY_SCALE, RoundingMode.HALF_EVEN));
            case Cell.Count c -> Long.toString(c.value());
            case Cell.Percent p -> plain(p.fraction());
            case Cell.Decimal d -> plain(d.value());
        };
    }

    /** The value a spreadsheet stores for a numeric cell; {@code null} for text. */
    public static BigDecimal number(Cell cell) {
        return switch (cell) {
            case Cell.Text t -> null;
            case Cell.Amount a -> a.value().amount().setScale(CANONICAL_MONEY_SCALE, RoundingMode.HALF_EVEN);
            case Cell.UnitCost u -> u.value().amount().setScale(CANONICAL_MONEY_SCALE, RoundingMode.HALF_EVEN);
            case Cell.Count c -> BigDecimal.valueOf(c.value());
            case Cell.Percent p -> p.fraction();
            case Cell.Decimal d -> d.value();
        };
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
