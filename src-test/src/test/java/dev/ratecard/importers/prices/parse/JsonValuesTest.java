package dev.ratecard.importers.prices.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonValuesTest {
    private static final JsonSite SITE = JsonSite.root("prices.json").atLine(3).member("gpt-4o").member("input_cost_per_token");

    private static JsonNode parse(String json) throws IOException {
        ExactJson exact = ExactJson.lenient();
        try (JsonParser parser = exact.parser(json.getBytes(StandardCharsets.UTF_8))) {
            return exact.readTree(parser);
        }
    }

    @Test
    void readsAJsonFloatFromItsTextNotThroughADouble() throws Exception {
        // 7.5e-08 is not a binary fraction: through a double it would become
        // 7.49999999999999997...e-08; read from its text it is exactly 0.000000075.
        BigDecimal rate = JsonValues.rate(parse("{\"r\": 7.5e-08}").get("r"), SITE);
        assertEquals(new BigDecimal("0.000000075"), rate.stripTrailingZeros().setScale(9));
        assertEquals(0, rate.compareTo(new BigDecimal("0.000000075")));
        assertEquals("7.5E-8", rate.toString());
    }

    @Test
    void keepsDigitsADoubleCannotHold() throws Exception {
        // A double holds about 17 significant digits: 0.12345678901234567890123 would come back as
        // 0.12345678901234568. Read from its text, all 23 digits are kept.
        assertEquals(new BigDecimal("0.12345678901234567890123"),
                JsonValues.rate(parse("{\"r\": 0.12345678901234567890123}").get("r"), SITE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "0.00000008333333333333334" | 0.00000008333333333333334
            "3e-7"                      | 0.0000003
            " 2.50 "                    | 2.50
            1e-05                       | 0.00001
            2000000.0                   | 2000000
            5                           | 5
            0.0                         | 0
            """)
    void readsRatesWrittenAsNumbersOrStrings(String json, String expected) throws Exception {
        assertEquals(0, new BigDecimal(expected).compareTo(JsonValues.rate(parse("{\"r\": " + json + "}").get("r"), SITE)));
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -2.5e-06     | negative rate; a rate is never below zero
            "-0.01"      | negative rate; a rate is never below zero
            "free"       | not a number
            "NaN"        | not a number
            "Infinity"   | not a number
            ""           | empty where a number is expected
            true         | not a number
            {"a": 1}     | not a number
            """)
    void rejectsWhatIsNotARateInsteadOfReadingZero(String json, String reason) throws Exception {
        EntryProblem problem = assertThrows(EntryProblem.class,
                () -> JsonValues.rate(parse("{\"r\": " + json + "}").get("r"), SITE));
        // The issue names the file, the entry's line and JSON path, the field and the reason.
        assertEquals("prices.json", problem.issue().where().file());
        assertEquals(3, problem.issue().where().line());
        assertEquals("$[\"gpt-4o\"].input_cost_per_token", problem.issue().where().pointer());
        assertEquals("input_cost_per_token", problem.issue().column());
        assertEquals(reason, problem.issue().reason());
    }

    @Test
    void readsAnIntegralFloatAsAWholeNumberButNotAFraction() throws Exception {
        // LiteLLM writes tier ranges as 256000.0.
        assertEquals(256_000L, JsonValues.wholeNumber(parse("{\"n\": 256000.0}").get("n"), SITE));
        EntryProblem fraction = assertThrows(EntryProblem.class,
                () -> JsonValues.wholeNumber(parse("{\"n\": 2.5}").get("n"), SITE));
        assertEquals("not a whole number", fraction.issue().reason());
    }

    @Test
    void namesPathsWithOddMemberNamesInBrackets() {
        JsonSite site = JsonSite.root("f.json").member("openai").member("gpt-4o").member("pricing_config").index(2);
        assertEquals("$.openai[\"gpt-4o\"].pricing_config[2]", site.path());
        assertEquals("$[\"a \\\"quoted\\\" key\"]", JsonSite.root("f.json").member("a \"quoted\" key").path());
    }
}
