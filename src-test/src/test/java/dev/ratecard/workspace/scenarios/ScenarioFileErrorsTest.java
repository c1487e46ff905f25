package dev.ratecard.workspace.scenarios;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A scenario file that cannot be used gets one error naming the file, the JSON path of the field and what is wrong;
 * nothing is evaluated. Each case changes one thing in a small valid file.
 */
class ScenarioFileErrorsTest {
    private static final String VALID = """
            {
              "format": "ratecard-scenario",
              "version": 1,
              "name": "small",
              "workload": {
                "synthetic": {
                  "model": "Qwen/Qwen2.5-72B-Instruct",
                  "tokens_per_month": 100000000,
                  "output_share": "0.25",
                  "requests_per_month": 100000
                }
              },
              "options": [
                {
                  "kind": "rented_gpus",
                  "id": "self",
                  "name": "Self-hosted",
                  "model": "Qwen/Qwen2.5-72B-Instruct",
                  "gpu": {
                    "offer": "runpod-community-cloud-h100-sxm"
                  },
                  "throughput": {
                    "profile": "lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320"
                  }
                },
                {
                  "kind": "direct",
                  "id": "together",
                  "name": "Together",
                  "price": {
                    "sheet": "together",
                    "model": "Qwen/Qwen2.5-72B-Instruct-Turbo"
                  }
                }
              ]
            }
            """;

    private static String with(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("the valid file has no " + from);
        }
        return VALID.replace(from, to);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                arguments("a newer version", with("\"version\": 1", "\"version\": 2"),
                        "$.version", "the file is version 2, newer than this Ratecard reads (up to 1); update Ratecard to open it"),
                arguments("another format", with("ratecard-scenario", "ratecard-price-sheet"),
                        "$.format", "must be \"ratecard-scenario\", not \"ratecard-price-sheet\""),
                arguments("no version", with("\"version\": 1,", ""),
                        "$.version", "must be a whole number from 1, and is missing"),
                arguments("no name", with("\"name\": \"small\",", ""),
                        "$.name", "is required"),
                arguments("a misspelt field", with("\"gpu\": {", "\"gpu_hr\": \"2.69\", \"gpu\": {"),
                        "$.options[0].gpu_hr", "unknown field; known here: always_on, engineer, gpu, gpus_per_replica, id, "
                                + "max_utilisation, min_replicas, model, name, peak_factor, redundant_replicas, "
                                + "running_costs, throughput"),
                arguments("a decimal that is not a number", with("\"output_share\": \"0.25\"", "\"output_share\": \"a quarter\""),
                        "$.workload.synthetic.output_share", "\"a quarter\" is not a decimal number (write it as a string, e.g. \"1.20\")"),
                arguments("a fraction for a token count", with("100000000", "100000000.5"),
                        "$.workload.synthetic.tokens_per_month", "\"100000000.5\" is not a whole number"),
                arguments("an option without its kind", with("\"kind\": \"direct\",", ""),
                        "$.options[1].kind", "is missing"),
                arguments("owned hardware without the maintenance no source publishes", with("\"kind\": \"rented_gpus\"",
                                "\"kind\": \"owned_hardware\", \"hardware\": {}").replace(
                                "\"gpu\": {\n        \"offer\": \"runpod-community-cloud-h100-sxm\"\n      },", "\"gpu\": \"H100 SXM\","),
                        "$.options[0].hardware.maintenance_fraction_per_year", "is required: there is no published figure; "
                                + "enter your support contract as a fraction of capex per year"),
                arguments("an option kind Ratecard does not know", with("\"kind\": \"direct\"", "\"kind\": \"reseller\""),
                        "$.options[1].kind", "\"reseller\" is not one of direct, hosted_gateway, self_hosted_gateway, "
                                + "rented_gpus, owned_hardware, mix"),
                arguments("a share above one", with("\"output_share\": \"0.25\"", "\"output_share\": \"1.5\""),
                        "$.workload.synthetic.output_share", "must be between 0 and 1 (got 1.5)"),
                arguments("a price sheet the catalogue lacks", with("\"sheet\": \"together\"", "\"sheet\": \"togethr\""),
                        "$.options[1].price.sheet", "the catalogue has no price sheet \"togethr\""),
                arguments("a model the sheet lacks", with("Qwen/Qwen2.5-72B-Instruct-Turbo", "Qwen/Qwen2.5-720B"),
                        "$.options[1].price.model", "price sheet \"together\" has no model \"Qwen/Qwen2.5-720B\""),
                arguments("a GPU offer the catalogue lacks", with("runpod-community-cloud-h100-sxm", "runpod-h100"),
                        "$.options[0].gpu.offer", "the catalogue has no GPU offer \"runpod-h100\""),
                arguments("a negative GPU price", with("\"offer\": \"runpod-community-cloud-h100-sxm\"",
                                "\"offer\": \"runpod-community-cloud-h100-sxm\", \"usd_per_gpu_hour\": \"-1\""),
                        "$.options[0].gpu.usd_per_gpu_hour", "must be greater than 0 (got -1)"),
                arguments("more GPUs than the throughput was measured on", with("\"throughput\": {",
                                "\"gpus_per_replica\": 4, \"throughput\": {"),
                        "$.options[0].gpus_per_replica", "4 GPUs per replica, but throughput profile "
                                + "lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320 was measured on 2; give "
                                + "throughput.output_tokens_per_second for 4 GPUs"),
                arguments("cache hits the API has no rate for", with("\"requests_per_month\": 100000",
                                "\"requests_per_month\": 100000, \"cache_hit_share\": \"0.5\""),
                        "$.options[1].price", "has no rate for cache_read, which the workload uses (37500000 per month) "
                                + "(got together_ai Qwen/Qwen2.5-72B-Instruct-Turbo)"),
                arguments("two options with one id", with("\"id\": \"together\"", "\"id\": \"self\""),
                        "$.options.id", "two options have this id (got self)"),
                arguments("a field given twice", with("\"name\": \"small\",", "\"name\": \"small\", \"name\": \"again\","),
                        "line 4, column 26", "not valid JSON: Duplicate field 'name'"),
                arguments("broken JSON", with("\"version\": 1,", "\"version\": 1"),
                        "line 4, column 3", "not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to "
                                + "separate Object entries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRejectedWithTheFieldAndTheReason(String defect, String text, String path, String reason) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioResolver(
                new BundledScenarioCatalogue(BundledCatalogue.load()), SelfHostDefaults.bundled(), new CostEngineRoutePricing())
                .resolve(new ScenarioJson().read(text, "small.json"), "small.json"));
        assertEquals("small.json", e.file());
        assertEquals(path, e.path());
        assertEquals(reason, e.reason());
    }
}
