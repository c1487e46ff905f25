package dev.ratecard.workspace.scenarios;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioEvaluator;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a scenario leaves out comes from selfhost-defaults.json, cited, and rough defaults are said to be rough. */
class DefaultsTest {
    private static final String FILE = """
            {
              "format": "ratecard-scenario",
              "version": 1,
              "name": "defaults",
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
                  "id": "rented",
                  "name": "Rented",
                  "model": "Qwen/Qwen2.5-72B-Instruct",
                  "gpu": {"offer": "runpod-community-cloud-h100-sxm"},
                  "throughput": {"profile": "lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320"}
                },
                {
                  "kind": "owned_hardware",
                  "id": "owned",
                  "name": "Owned",
                  "model": "Qwen/Qwen2.5-72B-Instruct",
                  "gpu": "H100 SXM",
                  "hardware": {"maintenance_fraction_per_year": "0.05"},
                  "throughput": {"profile": "lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320"}
                }
              ]
            }
            """;

    private static ScenarioResult result;

    @BeforeAll
    static void evaluate() throws ScenarioFileException {
        ScenarioService service = new ScenarioService(new BundledScenarioCatalogue(BundledCatalogue.load()),
                SelfHostDefaults.bundled(), new CostEngineRoutePricing());
        result = new ScenarioEvaluator(new CostEngineRoutePricing()).evaluate(
                service.resolve(service.read(FILE, "defaults.json"), "defaults.json"));
    }

    private static CostLine line(OptionResult o, String labelStart) {
        return o.breakdown().stream().filter(l -> l.label().startsWith(labelStart)).findFirst().orElseThrow();
    }

    @Test
    void aRentedOptionTakesTheDefaultEngineerAndOneReplica() {
        // 0.5 FTE (the low end of 0.5-2 FTE) × $250,000 / 12 = $10,416.67; one 2×H100 replica at $2.69: $3,927.40;
        // 0.8 × 1,727.69 tok/s at k = 3 carries the 25M output tokens with one replica.
        OptionResult rented = result.option("rented");
        assertEquals(new BigDecimal("10416.67"), line(rented, "0.5 FTE at $250,000/year loaded").amount().rounded(2));
        assertEquals(new BigDecimal("14344.07"), rented.monthly().rounded(2));
        assertEquals(0, BigDecimal.ONE.compareTo(rented.replicas()));
        assertTrue(line(rented, "0.5 FTE").source().startsWith("fte: default: https://kshirol-dev.github.io"),
                line(rented, "0.5 FTE").source());
    }

    @Test
    void ownedHardwareTakesPerGpuCapexAndPowerForTheGpuNamed() {
        // capex 2 × $33,750 = $67,500 over 3 years straight-line (no cost of capital) with 30 % residual:
        // (67,500 − 20,250) / 36 = $1,312.50; power 2 × 0.775 kW × 1 × 1.5 × 730 × $0.15 = $254.59 (254.5875);
        // colocation 1.55 × $200 = $310; maintenance 67,500 × 0.05 / 12 = $281.25.
        OptionResult owned = result.option("owned");
        assertEquals(new BigDecimal("1312.50"), line(owned, "capital").amount().rounded(2));
        assertEquals(new BigDecimal("254.59"), line(owned, "power").amount().rounded(2));
        assertEquals(new BigDecimal("310.00"), line(owned, "colocation").amount().rounded(2));
        assertEquals(new BigDecimal("281.25"), line(owned, "maintenance").amount().rounded(2));
    }

    @Test
    void roughDefaultsAreNamedInTheFindings() {
        assertTrue(result.findings().contains(new Finding("rough_default",
                "Owned rests on rough defaults (low-authority or unverified figures) for residual, years, colocation: "
                        + "enter your own.")), result.findings().toString());
        assertTrue(result.findings().contains(new Finding("rough_default",
                "The workload rests on rough defaults for peak-to-average: enter your own.")), result.findings().toString());
    }
}
