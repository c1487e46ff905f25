package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two sheets: a model added or removed, or one rate of a model that both sheets price
 * changed, appeared or went away.
 *
 * @param part   which of the entry's prices: {@code base}, {@code tier > 200000}, {@code batch},
 *               {@code batch discount}, {@code service tier priority}; empty for a model added or removed
 * @param bucket the bucket whose rate changed; {@code null} for a model added or removed, and for a batch discount
 * @param before the rate in the older sheet in {@code unit}, or {@code null} when it had none
 * @param after  the rate in the newer sheet in {@code unit}, or {@code null} when it has none
 * @param currency the entry's currency, which rates are in
 */
public record SheetChange(Kind kind, String provider, String model, String route, String part, UsageBucket bucket,
                          RateUnit unit, BigDecimal before, BigDecimal after, String currency) {

    public enum Kind {
        MODEL_ADDED("model added"),
        MODEL_REMOVED("model removed"),
        RATE_RAISED("rate raised"),
        RATE_LOWERED("rate lowered"),
        RATE_ADDED("rate added"),
        RATE_REMOVED("rate removed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The unit a change is stated in. */
    public enum RateUnit {
        PER_MILLION_TOKENS("per 1M tokens"), PER_REQUEST("per request"), PER_CALL("per call"), PERCENT_OFF("% off");

        private final String label;

        RateUnit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static RateUnit of(UsageBucket bucket) {
            return switch (bucket.unit()) {
                case TOKEN -> PER_MILLION_TOKENS;
                case REQUEST -> PER_REQUEST;
                case CALL -> PER_CALL;
            };
        }
    }

    public SheetChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(currency, "currency");
    }

    static SheetChange model(Kind kind, PriceEntry entry) {
        return new SheetChange(kind, entry.provider(), entry.model(), entry.route(), "", null, null, null, null,
                entry.currency());
    }

    /**
     * {@code (after − before) / before} as a percentage, to 16 significant digits; empty when either side has
     * no rate or the old rate was zero.
     */
    public Optional<BigDecimal> percentChange() {
        if (before == null || after == null || before.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(after.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before, MathContext.DECIMAL64).stripTrailingZeros());
    }

    /** What changed in words, e.g. {@code tier > 200000 output_text}. */
    public String what() {
        String bucketKey = bucket == null ? "" : bucket.key();
        return (part + " " + bucketKey).strip();
    }
}
