package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.Fixtures;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.ratecard.importers.prices.Fixtures.assertSameAmount;
import static dev.ratecard.importers.prices.Fixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ratecard's own JSON sheet: any error rejects the whole sheet, and every test below says what its input gets. */
class RatecardJsonSheetReaderTest {
    private final RatecardJsonSheetReader reader = new RatecardJsonSheetReader();

    private static String sheet(String top, String entries) {
        return """
                {"format": "ratecard-price-sheet", "version": 1, "id": "mine", "name": "Mine", "currency": "USD",
                 "source": "https://example.com/prices", "as_of": "2026-07-24"%s,
                 "entries": [%s]}
                """.formatted(top, entries);
    }

    private PriceSheetRead read(String json) throws Exception {
        return Fixtures.read(reader, "mine.json", json, ReadContext.NONE);
    }

    private List<String> problems(String json) {
        return rejected(() -> read(json)).stream().map(ImportIssue::describe).toList();
    }

    @Test
    void readsRatesPerMillionTokensIntoRatesPerToken() throws Exception {
        // $2.50 per 1M tokens = $0.0000025 per token; requests stay per request.
        PriceEntry entry = read(sheet("", """
                {"model": "m", "provider": "p", "rates": {"input": "2.50", "requests": "0.005"}}""")).sheet().entries().get(0);
        assertSameAmount("0.0000025", entry.rates().get(UsageBucket.UNCACHED_INPUT));
        assertSameAmount("0.005", entry.rates().get(UsageBucket.REQUESTS));
    }

    @Test
    void refusesANewerVersionNamingIt() {
        // Gets: one error on $.version saying which version it is and what this Ratecard reads.
        assertEquals(List.of("mine.json $.version column version, value \"2\": version 2 of ratecard-price-sheet is "
                        + "newer than this Ratecard reads (1); update Ratecard to open it"),
                problems(sheet("", "{}").replace("\"version\": 1", "\"version\": 2")));
    }

    @ParameterizedTest(name = "version {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | there is no version 0 of ratecard-price-sheet; the first is 1
            "1"    | must be a whole number, 1
            1.5    | must be a whole number, 1
            """)
    void refusesAVersionThatIsNotOne(String version, String reason) {
        List<ImportIssue> issues = rejected(() -> read(sheet("", "{}").replace("\"version\": 1", "\"version\": " + version)));
        assertEquals(reason, issues.get(0).reason());
    }

    @Test
    void refusesAFileOfAnotherKindByItsFormat() {
        // Gets: the file holds gateway fee models, and says so, rather than "no entries".
        assertEquals(List.of("mine.json $.format column format, value \"ratecard-gateways\": this file holds gateway fee "
                        + "models, not a price sheet"),
                problems(sheet("", "{}").replace("ratecard-price-sheet", "ratecard-gateways")));
        assertEquals(List.of("mine.json $.format column format: missing or not text; expected \"ratecard-price-sheet\""),
                problems(sheet("", "{}").replace("\"format\": \"ratecard-price-sheet\",", "")));
    }

    @Test
    void listsEveryMissingRequiredFieldAtOnce() {
        String json = """
                {"format": "ratecard-price-sheet", "version": 1, "entries": [{"rates": {"input": "1"}}]}
                """;
        // Gets: one error per missing field, each naming its path, so the whole sheet can be fixed in one go.
        assertEquals(List.of(
                "mine.json $.id column id: missing; this field is required",
                "mine.json $.name column name: missing; this field is required",
                "mine.json $.currency column currency: missing; this field is required",
                "mine.json $.source column source: missing; this field is required",
                "mine.json $.as_of column as_of: missing; this field is required",
                "mine.json:1 $.entries[0].model column model: missing; this field is required",
                "mine.json:1 $.entries[0].provider column provider: missing; this field is required"), problems(json));
    }

    @Test
    void rejectsANegativeOrNonNumericRateNamingPathAndValue() {
        String json = sheet("", """
                {"model": "a", "provider": "p", "rates": {"input": "-2.50"}},
                {"model": "b", "provider": "p", "rates": {"output": "ten"}}""");
        // Gets: an error for each, the sheet rejected; neither is ever read as zero.
        assertEquals(List.of(
                "mine.json:3 $.entries[0].rates.input column input, value \"-2.50\": negative rate; a rate is never below zero",
                "mine.json:4 $.entries[1].rates.output column output, value \"ten\": not a number"), problems(json));
    }

    @Test
    void rejectsARatesKeyThatIsNoBucketOrABucketGivenTwice() {
        List<ImportIssue> issues = rejected(() -> read(sheet("", """
                {"model": "a", "provider": "p", "rates": {"cache_reed": "0.1", "input": "1", "uncached_input": "1"}}""")));
        // Gets: the typo named with the list of buckets, and the second input rate named as a repeat.
        assertTrue(issues.get(0).reason().startsWith("not a bucket; buckets are uncached_input, cache_read,"), issues.get(0).reason());
        assertEquals("gives the uncached_input rate a second time (also given as input)", issues.get(1).reason());
    }

    @Test
    void rejectsAMemberNamedTwiceInOneObject() {
        // Gets: a JSON error at the line of the repeat; in a hand-written sheet it is always a mistake.
        List<ImportIssue> issues = rejected(() -> read("""
                {"format": "ratecard-price-sheet", "version": 1,
                 "id": "a", "id": "b"}
                """));
        assertEquals(2, issues.get(0).where().line());
        assertTrue(issues.get(0).reason().startsWith("malformed JSON: Duplicate field 'id'"), issues.get(0).reason());
    }

    @Test
    void rejectsTwoEntriesForTheSameModelProviderAndRoute() {
        List<ImportIssue> issues = rejected(() -> read(sheet("", """
                {"model": "a", "provider": "p", "rates": {"input": "1"}},
                {"model": "a", "provider": "p", "rates": {"input": "2"}}""")));
        // Gets: the second named, pointing at the first.
        assertEquals("the sheet already prices p a on route direct at mine.json:3 $.entries[0]", issues.get(0).reason());
    }

    @Test
    void rejectsBadSheetFieldsWithTheRuleTheyBreak() {
        String json = sheet("", "{\"model\": \"a\", \"provider\": \"p\", \"rates\": {\"input\": \"1\"}}")
                .replace("\"id\": \"mine\"", "\"id\": \"My Sheet\"")
                .replace("\"currency\": \"USD\"", "\"currency\": \"usd\"")
                .replace("\"as_of\": \"2026-07-24\"", "\"as_of\": \"24/07/2026\"");
        assertEquals(List.of(
                "mine.json $.id column id, value \"My Sheet\": an id is lower-case letters, digits, '.', '_' and '-', "
                        + "starting with a letter or digit",
                "mine.json $.currency column currency, value \"usd\": not an ISO 4217 currency code such as USD or EUR",
                "mine.json $.as_of column as_of, value \"24/07/2026\": not a date in the form YYYY-MM-DD"), problems(json));
    }

    @Test
    void rejectsTiersBatchAndWindowsThatBreakTheirRules() {
        String json = sheet("", """
                {"model": "a", "provider": "p", "rates": {"input": "1"},
                 "tiers": [{"threshold": 200000, "comparison": "=>", "rates": {"input": "2"}}],
                 "batch": {"discount": "1.5"},
                 "time_windows": [{"name": "night", "days": ["MOX"], "from": "01:00", "to": "01:00", "rates": {"input": "0.5"}}]}""");
        assertEquals(List.of(
                "mine.json:3 $.entries[0].tiers[0].comparison column comparison, value \"=>\": must be \">\" or \">=\"",
                "mine.json:3 $.entries[0].batch.discount column discount, value \"1.5\": a fraction must be from 0 to 1 (0.055 is 5.5 %)",
                "mine.json:3 $.entries[0].time_windows[0].days[0] column days, value \"MOX\": not a day; use MON, TUE, WED, THU, FRI, SAT or SUN",
                "mine.json:3 $.entries[0].time_windows[0].to column to, value \"01:00\": the window starts and ends at the same time"),
                problems(json));
    }

    @Test
    void rejectsASheetWithoutEntries() {
        assertEquals(List.of("mine.json $.entries column entries: is empty; the file lists nothing"), problems(sheet("", "")));
    }

    @Test
    void keepsUnknownFieldsAtEveryLevel() throws Exception {
        PriceSheetRead read = read(sheet(", \"owner\": \"finance\"", """
                {"model": "a", "provider": "p", "rates": {"input": "1"}, "contract": "B-12",
                 "regions": {"eu": {"multiplier": "1.1", "why": "residency"}}}"""));
        assertEquals("\"finance\"", read.sheet().extra().get("owner"));
        PriceEntry entry = read.sheet().entries().get(0);
        assertEquals("\"B-12\"", entry.extra().get("contract"));
        assertEquals("\"residency\"", entry.extra().get("regions.eu.why"));
    }

    @Test
    void fallsBackToTheSheetsProviderRouteSourceAndDate() throws Exception {
        PriceEntry entry = read(sheet(", \"provider\": \"openai\", \"route\": \"openrouter\"",
                "{\"model\": \"a\", \"rates\": {\"input\": \"1\"}}")).sheet().entries().get(0);
        assertEquals("openai", entry.provider());
        assertEquals("openrouter", entry.route());
        assertEquals("https://example.com/prices", entry.provenance().source());
        assertEquals("2026-07-24", entry.provenance().asOf().toString());
    }
}
