package dev.ratecard.report;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a report table, typed, so that each writer shows it its own way: the PDF rounds money to the cent
 * for reading, the XLSX stores a number with a currency format, the CSV writes the canonical number. Figures stay
 * exact here; rounding happens in the writers, once.
 */
public sealed interface Cell {
    Cell EMPTY = new Text("");

    /** Words: names, labels, sources. Cleaned of characters no format can hold ({@link ReportText}). */
    record Text(String value) implements Cell {
        public Text {
            value = ReportText.clean(value);
        }
    }

    /** An amount of money shown to the cent: a monthly cost, a saving. */
    record Amount(Money value) implements Cell {
        public Amount {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Money per unit (per 1M tokens, per GPU-hour), shown to a fraction of a cent where it matters. */
    record UnitCost(Money value) implements Cell {
        public UnitCost {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A whole number: tokens, requests, months, replicas bought. */
    record Count(long value) implements Cell {
    }

    /** A fraction shown as a percentage: utilisation, shares. */
    record Percent(BigDecimal fraction) implements Cell {
        public Percent {
            Objects.requireNonNull(fraction, "fraction");
        }
    }

    /** Any other number, exact: FTE, replicas on average, tokens per second. */
    record Decimal(BigDecimal value) implements Cell {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell amount(Money value) {
        return value == null ? EMPTY : new Amount(value);
    }

    static Cell unitCost(Money value) {
        return value == null ? EMPTY : new UnitCost(value);
    }

    static Cell count(Long value) {
        return value == null ? EMPTY : new Count(value);
    }

    static Cell percent(BigDecimal fraction) {
        return fraction == null ? EMPTY : new Percent(fraction);
    }

    static Cell decimal(BigDecimal value) {
        return value == null ? EMPTY : new Decimal(value);
    }
}
