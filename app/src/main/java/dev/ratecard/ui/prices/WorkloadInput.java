package dev.ratecard.ui.prices;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the comparison's workload fields as people type them: token counts with grouping ({@code 100,000,000}) or
 * a suffix ({@code 100M}, {@code 2.5B}), percentages from 0 to 100. Each rule returns the sentence the user sees,
 * or empty when the text is fine.
 */
final class WorkloadInput {
    private static final Pattern GROUPING = Pattern.compile("[,_\\s]");

    private WorkloadInput() {
    }

    /** A whole, positive count, or empty when the text is not one. */
    static Optional<Long> count(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = GROUPING.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        int shift = switch (plain.isEmpty() ? ' ' : plain.charAt(plain.length() - 1)) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            default -> 0;
        };
        String digits = shift == 0 ? plain : plain.substring(0, plain.length() - 1);
        try {
            BigDecimal value = new BigDecimal(digits).movePointRight(shift);
            return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                    ? Optional.of(value.longValueExact()) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException notACount) {
            return Optional.empty();
        }
    }

    /** A percentage from 0 to 100 as a fraction ({@code 25} → {@code 0.25}), or empty. */
    static Optional<BigDecimal> percent(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace("%", "").strip());
            return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 ? Optional.empty()
                    : Optional.of(value.movePointLeft(2));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static Optional<String> tokensProblem(String text) {
        if (count(text).filter(tokens -> tokens > 0).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Enter the tokens a month as a whole number, e.g. 100,000,000 or 100M");
    }

    static Optional<String> percentProblem(String text) {
        return percent(text).isPresent() ? Optional.empty() : Optional.of("Enter a percentage from 0 to 100");
    }

    /** Blank means "not entered", which is allowed. */
    static Optional<String> optionalCountProblem(String text) {
        return text == null || text.isBlank() || count(text).isPresent() ? Optional.empty()
                : Optional.of("Enter a whole number, or leave it empty");
    }

    static Optional<String> optionalPercentProblem(String text) {
        return text == null || text.isBlank() || percent(text).isPresent() ? Optional.empty()
                : Optional.of("Enter a percentage from 0 to 100, or leave it empty");
    }
}
