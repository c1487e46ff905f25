package dev.ratecard.ui.scenarios;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How editor fields read and show values. Numbers may carry a leading {@code $}, a trailing {@code %} and
 * thousands separators ({@code 250,000}); a comma anywhere else is refused rather than guessed at, because
 * {@code 2,69} could be a decimal comma or a typo. Percentages are shown as percent and kept as fractions, exactly.
 */
final class FieldValues {
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final BigDecimal GROUPING_FROM = BigDecimal.valueOf(10_000);

    private FieldValues() {
    }

    /**
     * The text a field shows for a value read from a scenario file: every digit, with thousands separators from
     * 10,000 on ({@code 100,000,000}), so that a volume reads at a glance and still reads back exactly.
     */
    static String display(FieldSpec.Format format, Object value) {
        if (value == null) {
            return "";
        }
        if (format == FieldSpec.Format.TEXT || !(value instanceof Number)) {
            return value.toString();
        }
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return grouped(format == FieldSpec.Format.PERCENT ? number.movePointRight(2) : number);
    }

    private static String grouped(BigDecimal number) {
        String plain = number.toPlainString();
        if (number.abs().compareTo(GROUPING_FROM) < 0) {
            return plain;
        }
        BigInteger whole = number.abs().toBigInteger();
        int point = plain.indexOf('.');
        return (number.signum() < 0 ? "-" : "") + String.format(Locale.ROOT, "%,d", whole)
                + (point < 0 ? "" : plain.substring(point));
    }

    /** What is wrong with {@code text} for a field of {@code spec}; empty when it reads and is in range. */
    static Optional<String> problem(FieldSpec spec, String text) {
        if (text == null || text.isBlank()) {
            return spec.isRequired() ? Optional.of(spec.requiredReason()) : Optional.empty();
        }
        if (spec.format() == FieldSpec.Format.TEXT) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = decimal(spec.format(), text);
        } catch (NumberFormatException notANumber) {
            return Optional.of(spec.format() == FieldSpec.Format.COUNT
                    ? "Enter a whole number, such as 2; \u201c" + text.strip() + "\u201d is not one"
                    : "Enter a number, such as " + (spec.format() == FieldSpec.Format.PERCENT ? "25" : "2.69")
                    + "; \u201c" + text.strip() + "\u201d is not one");
        }
        if (spec.format() == FieldSpec.Format.COUNT && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("Enter a whole number; " + text.strip() + " has a fraction");
        }
        return range(spec, value);
    }

    private static Optional<String> range(FieldSpec spec, BigDecimal value) {
        boolean low = spec.min() != null && value.compareTo(spec.min()) < 0;
        boolean high = spec.max() != null && value.compareTo(spec.max()) > 0;
        if (!low && !high) {
            return Optional.empty();
        }
        String min = spec.min() == null ? null : display(spec.format(), spec.min()) + suffix(spec);
        String max = spec.max() == null ? null : display(spec.format(), spec.max()) + suffix(spec);
        if (min != null && max != null) {
            return Optional.of("Must be between " + min + " and " + max);
        }
        return Optional.of(low ? "Must be " + min + " or more" : "Must be " + max + " or less");
    }

    private static String suffix(FieldSpec spec) {
        return spec.format() == FieldSpec.Format.PERCENT ? " %" : "";
    }

    /**
     * The value of {@code text} in file units, or {@code null} for empty text.
     *
     * @throws NumberFormatException if it is not a number
     */
    static BigDecimal decimal(FieldSpec.Format format, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip();
        if (plain.startsWith("$")) {
            plain = plain.substring(1).strip();
        }
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        if (GROUPED.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        }
        BigDecimal value = new BigDecimal(plain);
        return format == FieldSpec.Format.PERCENT ? value.movePointLeft(2).stripTrailingZeros() : value;
    }
}
