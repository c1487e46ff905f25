package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Service-tier rates over the base; missing buckets keep the base; an unknown tier is base and flagged. */
class ServiceTierTest {

    /** gpt-4o in LiteLLM's map: $2.50 / $10 per 1M, priority $4.25 / $17; a flex tier with an input rate only. */
    private static final PriceEntry GPT_4O = Prices.entry("openai", "gpt-4o",
                    rates(UNCACHED_INPUT, "2.50", OUTPUT_TEXT, "10"))
            .serviceTier("priority", rates(UNCACHED_INPUT, "4.25", OUTPUT_TEXT, "17"))
            .serviceTier("flex", rates(UNCACHED_INPUT, "1.25"))
            .build();

    private static RecordCost price(String serviceTier) {
        return Prices.price(GPT_4O, UsageRow.of("gpt-4o").serviceTier(serviceTier)
                .tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 100_000));
    }

    @Test
    void priorityTierRatesReplaceTheBase() {
        // 1M × 4.25 + 100k × 17 (per 1M) = 4.25 + 1.7 = 5.95
        assertEquals(Money.usd("5.95"), price("priority").cost());
    }

    @Test
    void bucketsTheTierDoesNotListKeepTheBaseRate() {
        // flex input 1M × 1.25 = 1.25; output has no flex rate: 100k × 10 = 1.0 → 2.25
        RecordCost cost = price("Flex");

        assertEquals(Money.usd("2.25"), cost.cost());
        assertEquals("service tier \"Flex\"", cost.lines().get(0).basis());
        assertEquals("list rate", cost.lines().get(1).basis());
    }

    @Test
    void unknownTierIsPricedAtBaseAndFlagged() {
        RecordCost cost = price("ultrafast");

        // base: 2.5 + 1.0 = 3.5
        assertEquals(Money.usd("3.5"), cost.cost());
        PricingNote note = cost.notes().getFirst();
        assertEquals(PricingFlag.UNKNOWN_SERVICE_TIER, note.flag());
        assertEquals("service tier \"ultrafast\"", note.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "auto", "standard", ""})
    void defaultTierNamesMeanTheBaseRatesWithoutAFlag(String name) {
        RecordCost cost = price(name);

        assertEquals(Money.usd("3.5"), cost.cost());
        assertTrue(cost.notes().isEmpty(), cost.notes().toString());
    }
}
