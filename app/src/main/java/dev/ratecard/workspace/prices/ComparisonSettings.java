package dev.ratecard.workspace.prices;

import dev.ratecard.pricing.FeeSettings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user brings to a route comparison beyond the workload: the fee settings every gateway is priced
 * with (negotiated discount, top-up size, BYOK, plan) and the markups they entered for gateways that publish
 * none (TokenMix), by gateway id. A gateway whose markup is the user's to enter is not ranked until it is.
 */
public record ComparisonSettings(FeeSettings fees, Map<String, BigDecimal> userMarkups) {
    public ComparisonSettings {
        Objects.requireNonNull(fees, "fees");
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        userMarkups.forEach((id, markup) -> {
            if (markup.signum() < 0) {
                throw new IllegalArgumentException("the markup for " + id + " is negative: " + markup.toPlainString());
            }
            byId.put(id.toLowerCase(Locale.ROOT), markup);
        });
        userMarkups = Map.copyOf(byId);
    }

    /** No discount, one top-up a month of the month's spend, credits rather than BYOK, default plans, no markups. */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(FeeSettings.none(), Map.of());
    }

    public ComparisonSettings withFees(FeeSettings newFees) {
        return new ComparisonSettings(newFees, userMarkups);
    }

    /** With {@code fraction} as the markup of gateway {@code gatewayId} ({@code 0.03} is 3 %). */
    public ComparisonSettings withMarkup(String gatewayId, BigDecimal fraction) {
        Map<String, BigDecimal> more = new LinkedHashMap<>(userMarkups);
        more.put(gatewayId.toLowerCase(Locale.ROOT), fraction);
        return new ComparisonSettings(fees, more);
    }

    public Optional<BigDecimal> markupFor(String gatewayId) {
        return Optional.ofNullable(userMarkups.get(gatewayId.toLowerCase(Locale.ROOT)));
    }
}
