package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The outcome of matching one model name as written in a log against the loaded price entries. */
public sealed interface ModelMatch permits ModelMatch.Matched, ModelMatch.Unmatched {

    /** The name exactly as the log wrote it. */
    String rawName();

    /**
     * The name means {@code entry}, by {@code rules} (in the order they were applied).
     *
     * @param alternatives how many other entries matched as well and lost on route, provider or catalogue order
     */
    record Matched(String rawName, PriceEntry entry, List<MatchRule> rules, int alternatives) implements ModelMatch {
        public Matched {
            Objects.requireNonNull(rawName, "rawName");
            Objects.requireNonNull(entry, "entry");
            rules = List.copyOf(rules);
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("a match names at least one rule");
            }
        }

        /** True when the name was priced at another model's rates (a fine-tune, a {@code :free} variant). */
        public boolean needsReview() {
            return rules.stream().anyMatch(MatchRule::needsReview);
        }

        /** e.g. {@code openai/gpt-4o-2024-08-06 → openai gpt-4o (provider prefix dropped; date suffix dropped)}. */
        public String describe() {
            return rawName + " → " + entry.provider() + " " + entry.model() + " ("
                    + rules.stream().map(MatchRule::description).collect(Collectors.joining("; ")) + ")";
        }
    }

    /** No entry matched; the usage is reported with its token counts and never priced at zero. */
    record Unmatched(String rawName, String reason) implements ModelMatch {
        public Unmatched {
            Objects.requireNonNull(rawName, "rawName");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
