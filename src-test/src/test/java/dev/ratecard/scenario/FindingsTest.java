package dev.ratecard.scenario;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline scenario's findings, in the words a buyer would forward; the figures are those checked in the other tests. */
class FindingsTest {
    private static List<Finding> findings;

    @BeforeAll
    static void evaluate() {
        findings = HeadlineScenario.evaluate(HeadlineScenario.scenario(HeadlineSensitivityTest.publishedInputs())).findings();
    }

    private static String first(String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).map(Finding::text).findFirst().orElseThrow();
    }

    @Test
    void namesTheCheapestOptionAndHowFarTheDearestIsFromIt() {
        // OpenRouter: $37 of tokens × 1.055 = $39.035 → $39.04 (half-even); 9,435.73 / 39.035 = 241.7×.
        assertEquals("At 100M tokens/month the cheapest option is OpenRouter at $39.04/month ($0.3904/1M tokens); "
                + "the dearest, Qwen2.5-72B on 2×H100 (RunPod), costs $9,435.73 (241.7×).", first("cheapest"));
    }

    @Test
    void saysWhatTheGatewaysFeesCost() {
        // 5.5 % of $37 = $2.035 → $2.04.
        assertEquals("At 100M tokens/month OpenRouter's fees cost $2.04/month (5.5 % over the provider's price).", first("fees"));
    }

    @Test
    void givesTheSustainedBreakEvenAndTheTemporaryCrossings() {
        assertEquals("Qwen2.5-72B on 2×H100 (RunPod) beats Together from 24.23B tokens/month on (the costs first meet "
                + "at 14.41B but cross back 3 times as whole replicas are added).", first("break_even"));
    }

    @Test
    void givesTheGpuOnlyBreakEvenOfSection55() {
        assertTrue(findings.contains(new Finding("break_even", "GPUs alone (one 2 × H100 SXM replica, $3,927.40/month, "
                + "no staff or other costs) first break even with Together at 3.27B tokens/month.")));
    }

    @Test
    void saysHowLittleOfTheReplicaIsUsed() {
        // $9,435.73 / 25M output tokens × 1e6 = $377.43 per 1M output tokens.
        assertEquals("At 100M tokens/month Qwen2.5-72B on 2×H100 (RunPod) runs 1 replica of 2 × H100 SXM at 0.55 % "
                + "utilisation (one replica emits 4.54B output tokens/month at 100 % busy); that is $377.43 per 1M output "
                + "tokens.", first("utilisation"));
    }

    @Test
    void flagsAnotherModelServingTheTraffic() {
        assertEquals("GPT-4o serves Qwen/Qwen2.5-72B-Instruct traffic with gpt-4o: check that it does the job as well "
                + "before comparing on price.", first("substitution"));
    }

    @Test
    void namesTheInputsTheBreakEvenTurnsOnMost() {
        assertEquals("The break-even of Qwen2.5-72B on 2×H100 (RunPod) against Together turns most on: gpu_hr, "
                + "X_out_slo, peak_to_avg.", first("sensitivity"));
    }

    @Test
    void explainsANeverWithTheMarginalCostOfAReplica() {
        // Against OpenRouter ($0.39035/1M): one replica carries 4,843,060,608 tokens, worth $1,890.49 there,
        // but costs $3,927.40.
        Scenario s = HeadlineScenario.scenario();
        s = new Scenario(s.name(), s.description(), s.workload(), s.options(),
                new Focus(HeadlineScenario.SELF, HeadlineScenario.OPENROUTER), null, null, List.of(), null);
        List<Finding> f = HeadlineScenario.evaluate(s).findings();
        assertTrue(f.contains(new Finding("never", "Qwen2.5-72B on 2×H100 (RunPod) never beats OpenRouter at this "
                + "traffic mix because each extra 2 × H100 SXM replica costs $3,927.40/month but carries only $1,890.49 "
                + "of OpenRouter traffic at capacity (4.84B tokens/month).")), f.toString());
    }
}
