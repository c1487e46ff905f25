package dev.ratecard.pricingdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What a bad file gets from the schemas: one line per defect naming the JSON path and the reason, never a silent
 * pass. Each case breaks one thing in an otherwise valid file.
 */
class InvalidFilesAreRejectedTest {
    private static final String DECIMAL = "^[0-9]+(\\.[0-9]+)?$";
    private static final String DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    private final BundledData data = new BundledData();

    /** A valid one-entry sheet; each case replaces one marked part of it. */
    private static String sheet(String top, String rates, String entryExtra) {
        return """
                {"format": "ratecard-price-sheet", "version": 1, "id": "acme", "name": "Acme (direct)",
                 "provider": "acme", "currency": "USD", %s
                 "entries": [{"model": "acme-1", "rates": %s %s}]}
                """.formatted(top, rates, entryExtra);
    }

    private static final String SOURCED = "\"source\": \"https://acme.example/pricing\", \"as_of\": \"2026-07-24\",";
    private static final String RATES = "{\"uncached_input\": \"2.50\", \"output_text\": \"10.00\"}";

    @Test
    void theUnbrokenSheetValidates() {
        assertEquals(List.of(), violations("price-sheet", sheet(SOURCED, RATES, "")));
    }

    @Test
    void aSheetWithANegativeRateNoSourceAndABadDateGetsOneLinePerDefect() {
        String broken = sheet("\"as_of\": \"24/07/2026\",", "{\"uncached_input\": \"-2.50\", \"output_text\": \"10.00\"}", "");

        assertEquals(List.of(
                "$: required property 'source' not found",
                "$.as_of: does not match the regex pattern " + DATE,
                "$.entries[0].rates.uncached_input: does not match the regex pattern " + DECIMAL,
                "$.entries[0].rates.uncached_input: string found, number expected"),
                violations("price-sheet", broken));
    }

    static Stream<Arguments> brokenSheets() {
        return Stream.of(
                arguments("negative rate as a JSON number",
                        sheet(SOURCED, "{\"uncached_input\": -2.5}", ""),
                        "$.entries[0].rates.uncached_input: must have a minimum value of 0"),
                arguments("rate that is prose, not a number",
                        sheet(SOURCED, "{\"uncached_input\": \"free\"}", ""),
                        "$.entries[0].rates.uncached_input: does not match the regex pattern " + DECIMAL),
                arguments("rate with a thousands separator",
                        sheet(SOURCED, "{\"uncached_input\": \"1,250.00\"}", ""),
                        "$.entries[0].rates.uncached_input: does not match the regex pattern " + DECIMAL),
                arguments("misspelt bucket",
                        sheet(SOURCED, "{\"uncahced_input\": \"2.50\"}", ""),
                        "$.entries[0].rates: property 'uncahced_input' is not defined in the schema and the schema does not allow additional properties"),
                arguments("empty rates",
                        sheet(SOURCED, "{}", ""),
                        "$.entries[0].rates: must have at least 1 properties"),
                arguments("entry without provider when the sheet has none",
                        sheet(SOURCED, RATES, "").replace("\"provider\": \"acme\",", ""),
                        "$.entries[0]: required property 'provider' not found"),
                arguments("effective date that is not a date",
                        sheet(SOURCED, RATES, ", \"effective_from\": \"2026-13-01\""),
                        "$.entries[0].effective_from: does not match the regex pattern " + DATE),
                arguments("tier comparison that is neither > nor >=",
                        sheet(SOURCED, RATES, ", \"tiers\": [{\"threshold\": 200000, \"comparison\": \"=>\", \"rates\": {\"output_text\": \"22.50\"}}]"),
                        "$.entries[0].tiers[0].comparison: does not have a value in the enumeration [\">\", \">=\"]"),
                arguments("batch discount above 1",
                        sheet(SOURCED, RATES, ", \"batch\": {\"discount\": \"1.5\"}"),
                        "$.entries[0].batch.discount: does not match the regex pattern ^(0(\\.[0-9]+)?|1(\\.0+)?)$"),
                arguments("time window at 25:00",
                        sheet(SOURCED, RATES, ", \"time_windows\": [{\"name\": \"off-peak\", \"from\": \"25:00\", \"to\": \"01:00\", \"zone\": \"UTC\", \"rates\": {\"output_text\": \"5.00\"}}]"),
                        "$.entries[0].time_windows[0].from: does not match the regex pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$"),
                arguments("time window without a zone",
                        sheet(SOURCED, RATES, ", \"time_windows\": [{\"name\": \"off-peak\", \"from\": \"10:00\", \"to\": \"01:00\", \"rates\": {\"output_text\": \"5.00\"}}]"),
                        "$.entries[0].time_windows[0]: required property 'zone' not found"),
                arguments("region multiplier of zero",
                        sheet(SOURCED, RATES, ", \"regions\": {\"eu\": {\"multiplier\": \"0\"}}"),
                        "$.entries[0].regions.eu.multiplier: must not be valid to the schema \"$.properties.entries.items.$ref.properties.regions.additionalProperties.$ref.properties.multiplier.$ref.allOf[1].not\" : {\"anyOf\":[{\"type\":\"string\",\"pattern\":\"^0+(\\\\.0+)?$\"},{\"const\":0}]}"),
                arguments("a newer format version",
                        sheet(SOURCED, RATES, "").replace("\"version\": 1", "\"version\": 2"),
                        "$.version: must be the constant value '1'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSheets")
    void aBrokenSheetIsRejectedWithItsPathAndReason(String defect, String document, String expected) {
        List<String> found = violations("price-sheet", document);

        assertTrue(found.contains(expected), () -> defect + ": expected \"" + expected + "\" in " + found);
    }

    static Stream<Arguments> brokenOtherFiles() {
        String gateway = """
                {"format": "ratecard-gateways", "version": 1, "gateways": [{"id": "acme", "name": "Acme",
                 "route": "acme", "source": "https://acme.example/fees", "as_of": "2026-07-24" %s}]}
                """;
        String offer = """
                {"format": "ratecard-gpu-offers", "version": 1, "offers": [{"provider": "Acme", "product": "1x",
                 "gpu": "H100 SXM", "gpu_memory_gb": 80, "gpus_per_instance": 1, "usd_per_gpu_hour": "%s",
                 "pricing_model": "on-demand", "source": "https://acme.example/gpus", "as_of": "2026-07-24"}]}
                """;
        String profile = """
                {"format": "ratecard-throughput", "version": 1, "profiles": [{"id": "acme-1", "model": "m",
                 "engine": "vLLM", "gpu": "H100", "gpu_count": 2, "concurrency": 50, "output_tokens_per_second": "814.37",
                 "authority": "official", "source": "https://acme.example/bench", "as_of": "2025-01-01" %s}]}
                """;
        return Stream.of(
                arguments("gateways", "user-set markup without a note saying so",
                        gateway.formatted(", \"markup_is_user_setting\": true"),
                        "$.gateways[0]: required property 'notes' not found"),
                arguments("gateways", "negative top-up fee",
                        gateway.formatted(", \"top_up\": {\"fraction\": -0.055}"),
                        "$.gateways[0].top_up.fraction: must have a minimum value of 0"),
                arguments("gateways", "overage without a block size",
                        gateway.formatted(", \"plans\": [{\"name\": \"Pro\", \"overage_per_block_usd\": \"9\"}]"),
                        "$.gateways[0].plans[0]: has a missing property 'block_size' which is dependent required because 'overage_per_block_usd' is present"),
                arguments("gpu-offers", "a GPU hour that costs nothing",
                        offer.formatted("0.00"),
                        "$.offers[0].usd_per_gpu_hour: does not match the regex pattern ^([0-9]*[1-9][0-9]*(\\.[0-9]+)?|[0-9]+\\.[0-9]*[1-9][0-9]*)$"),
                arguments("gpu-offers", "a price range left in one offer",
                        offer.formatted("2.40-6.15"),
                        "$.offers[0].usd_per_gpu_hour: does not match the regex pattern ^([0-9]*[1-9][0-9]*(\\.[0-9]+)?|[0-9]+\\.[0-9]*[1-9][0-9]*)$"),
                arguments("throughput", "neither request lengths nor a named workload",
                        profile.formatted(""),
                        "$.profiles[0]: required property 'workload' not found"),
                arguments("throughput", "an input length without an output length",
                        profile.formatted(", \"input_tokens\": 5000"),
                        "$.profiles[0]: has a missing property 'output_tokens' which is dependent required because 'input_tokens' is present"),
                arguments("catalogue", "a kind Ratecard does not know",
                        """
                        {"format": "ratecard-catalogue", "version": 1, "entries": [{"id": "x", "name": "X",
                         "kind": "coupons", "format": "ratecard-json", "path": "dev/ratecard/pricingdata/x.json",
                         "source": "s", "as_of": "2026-07-24"}]}
                        """,
                        "$.entries[0].kind: does not have a value in the enumeration [\"price-sheet\", \"gateways\", \"gpu-offers\", \"throughput\", \"selfhost-defaults\"]"),
                arguments("catalogue", "a price sheet in a gateways format",
                        """
                        {"format": "ratecard-catalogue", "version": 1, "entries": [{"id": "x", "name": "X",
                         "kind": "price-sheet", "format": "ratecard-gateways", "path": "dev/ratecard/pricingdata/x.json",
                         "source": "s", "as_of": "2026-07-24"}]}
                        """,
                        "$.entries[0].format: does not have a value in the enumeration [\"litellm\", \"openrouter\", \"portkey\", \"ratecard-json\", \"ratecard-csv\"]"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenOtherFiles")
    void aBrokenCatalogueFileIsRejectedWithItsPathAndReason(String schema, String defect, String document, String expected) {
        List<String> found = violations(schema, document);

        assertTrue(found.contains(expected), () -> defect + ": expected \"" + expected + "\" in " + found);
    }

    private List<String> violations(String schema, String document) {
        return SchemaCheck.bundled(data, schema).violations(data.parse(document));
    }
}
