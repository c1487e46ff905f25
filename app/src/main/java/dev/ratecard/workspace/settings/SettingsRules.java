package dev.ratecard.workspace.settings;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a value typed into settings must meet, each as the sentence the user sees when it does not. Shared
 * by the settings screen (which checks as the user types) and the settings file reader.
 */
public final class SettingsRules {
    private static final Pattern POSITIVE_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

    private SettingsRules() {
    }

    /** A three-letter ISO 4217 code such as EUR. */
    public static Optional<String> currencyProblem(String code) {
        String text = code == null ? "" : code.strip();
        if (text.isEmpty()) {
            return Optional.of("Enter a currency code, e.g. EUR");
        }
        if (!Currencies.isIso(text)) {
            return Optional.of("\"" + text + "\" is not an ISO 4217 currency code such as EUR or GBP");
        }
        return Optional.empty();
    }

    /** A positive decimal written plainly ({@code 0.92}, {@code 151.3}); no signs, exponents or grouping. */
    public static Optional<String> rateProblem(String rate) {
        String text = rate == null ? "" : rate.strip();
        if (text.isEmpty()) {
            return Optional.of("Enter how many units one US dollar buys, e.g. 0.92");
        }
        if (text.startsWith("-")) {
            return Optional.of("A rate must be a positive decimal; " + text + " is negative");
        }
        if (!POSITIVE_DECIMAL.matcher(text).matches()) {
            return Optional.of("A rate must be a positive decimal such as 0.92; \"" + text + "\" is not one");
        }
        if (new BigDecimal(text).signum() == 0) {
            return Optional.of("A rate must be a positive decimal; it cannot be zero");
        }
        return Optional.empty();
    }

    /** The rate in {@code text}, exact; only for text {@link #rateProblem} accepts. */
    public static BigDecimal parseRate(String text) {
        rateProblem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new BigDecimal(text.strip());
    }

    /** A region ({@code Europe/Berlin}) or offset ({@code UTC}, {@code +02:00}) {@link ZoneId} knows. */
    public static Optional<String> timeZoneProblem(String zone) {
        String text = zone == null ? "" : zone.strip();
        if (text.isEmpty()) {
            return Optional.of("Enter a time zone such as UTC or Europe/Berlin");
        }
        try {
            ZoneId.of(text);
            return Optional.empty();
        } catch (DateTimeException unknown) {
            return Optional.of("\"" + text + "\" is not a time zone; pick one from the list, e.g. Europe/Berlin");
        }
    }
}
