package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.scenario.Wording;
import dev.ratecard.workspace.scenarios.References;

import java.math.BigDecimal;

/**
 * How a self-hosted model is served: the throughput one replica sustains within its latency target (a catalogue
 * profile or the user's own measurement), the GPUs per replica, and how many replicas run: the peak they must
 * carry, the utilisation they are run at, the minimum and the spare ones.
 */
final class ReplicaFields {
    static final FieldSpec X_OUT = FieldSpec.decimal("Output tokens per second", "per replica, within the latency target",
            ".throughput.output_tokens_per_second").atLeast(new BigDecimal("0.000001"));
    static final FieldSpec INPUT_TOKENS = FieldSpec.count("Measured at input length", "tokens per request",
            ".throughput.input_tokens");
    static final FieldSpec OUTPUT_TOKENS = FieldSpec.count("Measured at output length", "tokens per request",
            ".throughput.output_tokens");
    static final FieldSpec SOURCE = FieldSpec.text("Source of the measurement", ".throughput.source");
    static final FieldSpec GPUS = FieldSpec.count("GPUs per replica", "GPUs", ".gpus_per_replica").atLeast(BigDecimal.ONE);
    static final FieldSpec PEAK = FieldSpec.decimal("Peak factor", "peak over average output rate", ".peak_factor")
            .atLeast(BigDecimal.ONE);
    static final FieldSpec UTILISATION = FieldSpec.percent("Highest utilisation", ".max_utilisation")
            .between(new BigDecimal("0.01"), BigDecimal.ONE).withDefault("max_utilisation");
    static final FieldSpec MIN = FieldSpec.count("Minimum replicas", "replicas", ".min_replicas").withDefault("min_replicas");
    static final FieldSpec REDUNDANT = FieldSpec.count("Spare replicas", "replicas", ".redundant_replicas")
            .withDefault("redundant_replicas");

    private final ScenarioChoices choices;
    private final ChoiceField profile;
    private final ParameterField outputTokensPerSecond;
    private final ParameterField inputTokens;
    private final ParameterField outputTokens;
    private final ParameterField source;
    private final ParameterField gpus;
    private final ParameterField peak;
    private final ParameterField utilisation;
    private final ParameterField min;
    private final ParameterField redundant;

    ReplicaFields(FieldSet fields, ScenarioChoices choices, References.Throughput throughput, Integer gpusPerReplica,
                  BigDecimal peakFactor, BigDecimal maxUtilisation, Integer minReplicas, Integer redundantReplicas) {
        this.choices = choices;
        profile = fields.choice("Throughput profile", ".throughput.profile", "Your own measurement",
                choices.profileChoices(), throughput.profile());
        outputTokensPerSecond = fields.parameter(X_OUT, throughput.outputTokensPerSecond());
        inputTokens = fields.parameter(INPUT_TOKENS, throughput.inputTokens());
        outputTokens = fields.parameter(OUTPUT_TOKENS, throughput.outputTokens());
        source = fields.parameter(SOURCE, throughput.source());
        gpus = fields.parameter(GPUS, gpusPerReplica);
        peak = fields.parameter(PEAK, peakFactor);
        utilisation = fields.parameter(UTILISATION, maxUtilisation);
        min = fields.parameter(MIN, minReplicas);
        redundant = fields.parameter(REDUNDANT, redundantReplicas);
        peak.setPlaceholder("the workload's");
        profile.valueProperty().addListener(observable -> describeProfile());
        describeProfile();
    }

    FormSection throughputSection() {
        return FormSection.of("Throughput", "What one replica sustains within your latency target, at your request "
                + "lengths. Measure your own with vllm bench serve, or pick a published profile.",
                profile, outputTokensPerSecond, gpus, inputTokens, outputTokens, source);
    }

    /** @param alwaysOn the field that switches scale-to-zero, for rented GPUs; {@code null} for owned ones */
    FormSection replicaSection(EditorField alwaysOn) {
        EditorField[] shown = alwaysOn == null
                ? new EditorField[] {peak, utilisation, min, redundant}
                : new EditorField[] {alwaysOn, peak, utilisation, min, redundant};
        return FormSection.of("Replicas", "Replicas are bought whole: enough for the peak at the highest utilisation, "
                + "never fewer than the minimum, plus the spare ones.", shown);
    }

    References.Throughput toThroughput() {
        return new References.Throughput(profile.value(), outputTokensPerSecond.decimal(), inputTokens.count(),
                outputTokens.count(), source.string());
    }

    Integer gpusPerReplica() {
        return gpus.integer();
    }

    BigDecimal peakFactor() {
        return peak.decimal();
    }

    BigDecimal maxUtilisation() {
        return utilisation.decimal();
    }

    Integer minReplicas() {
        return min.integer();
    }

    Integer redundantReplicas() {
        return redundant.integer();
    }

    /** The replica size in use: the user's, else the profile's. */
    Integer gpusInUse() {
        if (gpus.parses() && !gpus.isEmpty()) {
            return gpus.integer();
        }
        return choices.profile(profile.value()).map(ThroughputProfile::gpuCount).orElse(null);
    }

    ParameterField gpusField() {
        return gpus;
    }

    private void describeProfile() {
        ThroughputProfile p = choices.profile(profile.value()).orElse(null);
        if (p == null) {
            profile.setNote("");
            outputTokensPerSecond.setPlaceholder("");
            gpus.setPlaceholder("");
            return;
        }
        profile.setNote(ScenarioChoices.profileLabel(p) + " (" + ScenarioChoices.cite(p.provenance()) + ")"
                + (p.proxyFor() == null ? "" : "; a stand-in for " + p.proxyFor()));
        outputTokensPerSecond.setPlaceholder(Wording.number(p.outputTokensPerSecond(), 2) + " (profile)");
        gpus.setPlaceholder(p.gpuCount() + " (profile)");
    }
}
