package dev.ratecard.ui.scenarios;

import dev.ratecard.workspace.scenarios.SelfHostParts;

import java.util.stream.Stream;

/** A self-hosted model's other monthly costs: monitoring, storage, egress by the gigabyte, anything else. */
final class RunningCostFields {
    private static final String BASE = ".running_costs";
    static final FieldSpec MONITORING = FieldSpec.decimal("Monitoring", "USD per month", ".monitoring_usd_per_month")
            .withDefault("running_costs.monitoring_usd_per_month").under(BASE);
    static final FieldSpec STORAGE = FieldSpec.decimal("Storage", "USD per month", ".storage_usd_per_month")
            .withDefault("running_costs.storage_usd_per_month").under(BASE);
    static final FieldSpec EGRESS = FieldSpec.decimal("Egress", "USD per GB", ".egress_usd_per_gb")
            .withDefault("running_costs.egress_usd_per_gb").under(BASE);
    static final FieldSpec BYTES = FieldSpec.decimal("Bytes per output token", "bytes", ".bytes_per_output_token")
            .withDefault("running_costs.bytes_per_output_token").under(BASE);
    static final FieldSpec OTHER = FieldSpec.decimal("Other fixed costs", "USD per month", ".other_usd_per_month")
            .withDefault("running_costs.other_usd_per_month").under(BASE);
    static final FieldSpec SOURCE = FieldSpec.text("Source of these figures", ".source").under(BASE);

    private final ParameterField monitoring;
    private final ParameterField storage;
    private final ParameterField egress;
    private final ParameterField bytes;
    private final ParameterField other;
    private final ParameterField source;

    RunningCostFields(FieldSet fields, SelfHostParts.RunningCosts costs) {
        SelfHostParts.RunningCosts given = costs == null
                ? new SelfHostParts.RunningCosts(null, null, null, null, null, null) : costs;
        monitoring = fields.parameter(MONITORING, given.monitoringUsdPerMonth());
        storage = fields.parameter(STORAGE, given.storageUsdPerMonth());
        egress = fields.parameter(EGRESS, given.egressUsdPerGb());
        bytes = fields.parameter(BYTES, given.bytesPerOutputToken());
        other = fields.parameter(OTHER, given.otherUsdPerMonth());
        source = fields.parameter(SOURCE, given.source());
    }

    FormSection section() {
        return FormSection.of("Running costs", "Not included unless you enter them: Ratecard bundles no figure for "
                + "these.", other, monitoring, storage, egress, bytes, source);
    }

    /** {@code null} when every field is empty, as a file that left the running costs out. */
    SelfHostParts.RunningCosts toPart() {
        if (Stream.of(monitoring, storage, egress, bytes, other, source).allMatch(ParameterField::isEmpty)) {
            return null;
        }
        return new SelfHostParts.RunningCosts(monitoring.decimal(), storage.decimal(), egress.decimal(), bytes.decimal(),
                other.decimal(), source.string());
    }
}
