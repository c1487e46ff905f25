package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names as logs write them → price entries, each match naming the rules it needed. */
class ModelMatcherTest {

    private static PriceEntry entry(String provider, String model, String route) {
        return Prices.entry(provider, model, rates(UNCACHED_INPUT, "1", OUTPUT_TEXT, "2")).route(route).build();
    }

    /** The older Sonnet comes first on purpose: an undated name must still find the newest. */
    private static final List<PriceEntry> CATALOGUE = List.of(
            entry("openai", "gpt-4o", Routes.DIRECT),
            entry("openai", "gpt-4o-2024-05-13", Routes.DIRECT),
            entry("openai", "gpt-4o-mini-2024-07-18", Routes.DIRECT),
            entry("anthropic", "claude-3-5-sonnet-20240620", Routes.DIRECT),
            PriceEntry.builder("anthropic", "claude-3-5-sonnet-20241022").alias("claude-3-5-sonnet-latest")
                    .rates(rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15")).provenance(Prices.SOURCE).build(),
            entry("openrouter", "anthropic/claude-3.5-sonnet", Routes.OPENROUTER),
            entry("openrouter", "openai/gpt-4o", Routes.OPENROUTER),
            entry("google", "gemini-2.5-pro", Routes.DIRECT),
            entry("deepseek", "deepseek-v4-flash", Routes.DIRECT));

    private final ModelMatcher matcher = new ModelMatcher(CATALOGUE);

    @ParameterizedTest(name = "{0} on {2} → {3} {4} by {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # name as written                                          | provider  | route      | entry provider | entry model                 | rules
            gpt-4o                                                     |           | direct     | openai     | gpt-4o                      | EXACT_ID
            claude-3-5-sonnet-latest                                   |           | direct     | anthropic  | claude-3-5-sonnet-20241022  | SHEET_ALIAS
            '  GPT-4o '                                                |           | direct     | openai     | gpt-4o                      | CASE_AND_WHITESPACE
            openai/gpt-4o                                              |           | direct     | openai     | gpt-4o                      | PROVIDER_PREFIX
            models/gemini-2.5-pro                                      |           | direct     | google     | gemini-2.5-pro              | PROVIDER_PREFIX
            publishers/google/models/gemini-2.5-pro                    |           | direct     | google     | gemini-2.5-pro              | PROVIDER_PREFIX
            gpt-4o-2024-08-06                                          |           | direct     | openai     | gpt-4o                      | DATE_SUFFIX
            gpt-4o-2024-05-13                                          |           | direct     | openai     | gpt-4o-2024-05-13           | EXACT_ID
            claude-3-5-sonnet                                          |           | direct     | anthropic  | claude-3-5-sonnet-20241022  | DATE_SUFFIX
            claude-3.5-sonnet-20240620                                 |           | direct     | anthropic  | claude-3-5-sonnet-20240620  | DOTTED_VERSION
            claude-3-5-sonnet@20240620                                 |           | direct     | anthropic  | claude-3-5-sonnet-20240620  | VERSION_SUFFIX
            anthropic.claude-3-5-sonnet-20240620-v1:0                  | bedrock   | bedrock    | anthropic  | claude-3-5-sonnet-20240620  | BEDROCK_ID VERSION_SUFFIX
            us.anthropic.claude-3-5-sonnet-20241022-v2:0               | bedrock   | bedrock    | anthropic  | claude-3-5-sonnet-20241022  | BEDROCK_ID VERSION_SUFFIX
            arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0 | bedrock | bedrock | anthropic | claude-3-5-sonnet-20241022 | BEDROCK_ARN BEDROCK_ID VERSION_SUFFIX
            anthropic/claude-3.5-sonnet                                | anthropic | direct     | anthropic  | claude-3-5-sonnet-20241022  | PROVIDER_PREFIX DOTTED_VERSION DATE_SUFFIX
            anthropic/claude-3.5-sonnet                                |           | openrouter | openrouter | anthropic/claude-3.5-sonnet | EXACT_ID
            claude-3-5-sonnet                                          |           | openrouter | openrouter | anthropic/claude-3.5-sonnet | PROVIDER_PREFIX DOTTED_VERSION
            deepseek/deepseek-v4-flash-20260423                        |           | direct     | deepseek   | deepseek-v4-flash           | PROVIDER_PREFIX DATE_SUFFIX
            deepseek/deepseek-v4-flash:free                            |           | direct     | deepseek   | deepseek-v4-flash           | PROVIDER_PREFIX VARIANT_SUFFIX
            ft:gpt-4o-mini-2024-07-18:acme:support:9xyz                | openai    | direct     | openai     | gpt-4o-mini-2024-07-18      | FINE_TUNE_BASE
            gpt-4o-mini-2024-07-18.ft-0a1b2c3d                         | azure     | direct     | openai     | gpt-4o-mini-2024-07-18      | FINE_TUNE_BASE
            """)
    void readsNamesAsLogsWriteThem(String raw, String provider, String route, String entryProvider, String entryModel,
                                   String rules) {
        ModelMatch.Matched match = assertInstanceOf(ModelMatch.Matched.class, matcher.match(provider, raw, route));

        assertEquals(entryProvider + " " + entryModel, match.entry().provider() + " " + match.entry().model());
        assertEquals(Arrays.stream(rules.split(" ")).map(MatchRule::valueOf).toList(), match.rules());
    }

    @Test
    void prefersTheEntryOnTheRecordsRouteOverAnExactIdElsewhere() {
        // "openai/gpt-4o" is OpenRouter's id verbatim, but traffic that went direct is priced by OpenAI's own sheet.
        ModelMatch.Matched direct = (ModelMatch.Matched) matcher.match(null, "openai/gpt-4o", Routes.DIRECT);
        ModelMatch.Matched viaGateway = (ModelMatch.Matched) matcher.match(null, "gpt-4o", Routes.OPENROUTER);

        assertEquals(Routes.DIRECT, direct.entry().route());
        assertEquals(List.of(MatchRule.PROVIDER_PREFIX), direct.rules());
        assertEquals(Routes.OPENROUTER, viaGateway.entry().route());
        assertEquals("openai/gpt-4o", viaGateway.entry().model());
    }

    @Test
    void prefersTheRecordsProviderWhenTwoSheetsSellTheSameId() {
        PriceEntry azure = entry("azure", "gpt-4o", Routes.DIRECT);
        ModelMatcher twoSellers = new ModelMatcher(List.of(CATALOGUE.getFirst(), azure));

        assertSame(azure, ((ModelMatch.Matched) twoSellers.match("azure", "gpt-4o", Routes.DIRECT)).entry());
        assertSame(CATALOGUE.getFirst(), ((ModelMatch.Matched) twoSellers.match("openai", "gpt-4o", Routes.DIRECT)).entry());
        assertEquals(1, ((ModelMatch.Matched) twoSellers.match("azure", "gpt-4o", Routes.DIRECT)).alternatives());
    }

    @Test
    void aliasTableWinsOverTheRules() {
        // The rules would read gpt-4o-2024-08-06 as gpt-4o (date dropped); the user says it is the May snapshot.
        ModelMatcher withAliases = matcher.withAliases(AliasTable.empty()
                .with("gpt-4o-2024-08-06", "openai", "gpt-4o-2024-05-13")
                .with("prod-chat", "anthropic", "claude-3-5-sonnet-latest"));

        ModelMatch.Matched snapshot = (ModelMatch.Matched) withAliases.match(null, "gpt-4o-2024-08-06", Routes.DIRECT);
        ModelMatch.Matched deployment = (ModelMatch.Matched) withAliases.match(null, "PROD-chat ", Routes.DIRECT);

        assertEquals("gpt-4o-2024-05-13", snapshot.entry().model());
        assertEquals(List.of(MatchRule.ALIAS_TABLE), snapshot.rules());
        assertEquals("claude-3-5-sonnet-20241022", deployment.entry().model());
    }

    @Test
    void aliasPointingAtAMissingEntryIsUnmatchedWithTheReason() {
        ModelMatcher withAliases = matcher.withAliases(AliasTable.empty().with("prod-chat", "openai", "gpt-9"));

        ModelMatch.Unmatched miss = assertInstanceOf(ModelMatch.Unmatched.class,
                withAliases.match(null, "prod-chat", Routes.DIRECT));

        assertEquals("the alias table points \"prod-chat\" to openai gpt-9, which no loaded price sheet has", miss.reason());
    }

    @Test
    void aliasTableRefusesNamesItCouldNotTellApart() {
        // A blank name or target, and two names differing only in case, get an IllegalArgumentException saying which.
        assertEquals("alias name is blank", assertThrows(IllegalArgumentException.class,
                () -> AliasTable.empty().with(" ", "openai", "gpt-4o")).getMessage());
        assertEquals("model is blank", assertThrows(IllegalArgumentException.class,
                () -> AliasTable.empty().with("prod-chat", "openai", "")).getMessage());
        java.util.Map<String, AliasTable.Target> twice = new java.util.LinkedHashMap<>();
        twice.put("Prod-Chat", new AliasTable.Target("openai", "gpt-4o"));
        twice.put("prod-chat", new AliasTable.Target("openai", "gpt-4o-mini"));
        assertEquals("alias \"prod-chat\" is given twice (names ignore case)",
                assertThrows(IllegalArgumentException.class, () -> AliasTable.of(twice)).getMessage());
    }

    @Test
    void nameNoEntryFitsIsUnmatchedWithHowItWasRead() {
        ModelMatch.Unmatched miss = assertInstanceOf(ModelMatch.Unmatched.class,
                matcher.match(null, "Acme/Giant-9B:free", Routes.DIRECT));

        assertEquals("no loaded price entry matches \"Acme/Giant-9B:free\" (read as \"giant-9b\"); "
                + "add it to the alias table to price it", miss.reason());
    }

    @Test
    void fineTunesAndVariantsAreFlaggedForReview() {
        ModelMatch.Matched fineTune = (ModelMatch.Matched) matcher.match("openai", "ft:gpt-4o-mini-2024-07-18:acme::x1", Routes.DIRECT);
        ModelMatch.Matched free = (ModelMatch.Matched) matcher.match(null, "deepseek-v4-flash:free", Routes.DIRECT);
        ModelMatch.Matched plain = (ModelMatch.Matched) matcher.match(null, "openai/gpt-4o", Routes.DIRECT);

        assertTrue(fineTune.needsReview());
        assertTrue(free.needsReview());
        assertFalse(plain.needsReview());
    }

    @Test
    void runsTheRulesOncePerDistinctNameProviderAndRoute() {
        ModelMatcher fresh = new ModelMatcher(CATALOGUE);

        ModelMatch first = fresh.match(null, "openai/gpt-4o-2024-08-06", Routes.DIRECT);
        ModelMatch again = fresh.match(null, "openai/gpt-4o-2024-08-06", Routes.DIRECT);
        fresh.match(null, "openai/gpt-4o-2024-08-06", Routes.OPENROUTER);

        assertSame(first, again);
        assertEquals(2, fresh.cachedNames());
    }

    @Test
    void describesAMatchForTheUser() {
        ModelMatch.Matched match = (ModelMatch.Matched) matcher.match(null, "openai/gpt-4o-2024-08-06", Routes.DIRECT);

        assertEquals("openai/gpt-4o-2024-08-06 → openai gpt-4o (provider or path prefix dropped (openai/, models/, "
                + "publishers/google/models/ …); date suffix dropped (-2024-08-06, -20241022))", match.describe());
    }
}
