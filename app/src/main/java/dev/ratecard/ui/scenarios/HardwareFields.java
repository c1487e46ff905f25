package dev.ratecard.ui.scenarios;

import dev.ratecard.workspace.scenarios.SelfHostDefaults;
import dev.ratecard.workspace.scenarios.SelfHostParts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Servers you buy, per replica: the capital (capex, residual value, years, cost of capital), the power it draws
 * (kW, load, PUE, price per kWh), colocation and the support contract. Capex and power default to the per-GPU
 * figures of the GPU named, times the GPUs per replica.
 */
final class HardwareFields {
    private static final String BASE = ".hardware";
    static final FieldSpec CAPEX = FieldSpec.decimal("Capex per replica", "USD", ".capex_usd_per_replica").under(BASE);
    static final FieldSpec RESIDUAL = FieldSpec.percent("Residual value", ".residual_fraction")
            .withDefault("hardware.residual_fraction").under(BASE);
    static final FieldSpec YEARS = FieldSpec.count("Years of use", "years", ".years").atLeast(BigDecimal.ONE)
            .withDefault("hardware.years").under(BASE);
    static final FieldSpec CAPITAL = FieldSpec.percent("Cost of capital", ".cost_of_capital_per_year")
            .atLeast(BigDecimal.ZERO).withDefault("hardware.cost_of_capital_per_year").under(BASE);
    static final FieldSpec POWER = FieldSpec.decimal("Power per replica", "kW of IT load", ".power_kw_per_replica").under(BASE);
    static final FieldSpec LOAD = FieldSpec.percent("Load factor", ".load_factor").withDefault("hardware.load_factor").under(BASE);
    static final FieldSpec PUE = FieldSpec.decimal("PUE", "facility over IT power", ".pue").atLeast(BigDecimal.ONE)
            .withDefault("hardware.pue").under(BASE);
    static final FieldSpec KWH = FieldSpec.decimal("Electricity", "USD per kWh", ".usd_per_kwh").withDefault("hardware.usd_per_kwh")
            .under(BASE);
    static final FieldSpec COLOCATION = FieldSpec.decimal("Colocation", "USD per kW per month", ".colocation_usd_per_kw_month")
            .withDefault("hardware.colocation_usd_per_kw_month").under(BASE);
    static final FieldSpec MAINTENANCE = FieldSpec.percent("Support contract", ".maintenance_fraction_per_year")
            .atLeast(BigDecimal.ZERO).required("Enter your support contract as a share of capex per year; no public figure exists")
            .under(BASE);
    static final FieldSpec SOURCE = FieldSpec.text("Source of these figures", ".source").under(BASE);

    private final ScenarioChoices choices;
    private final ParameterField capex;
    private final ParameterField residual;
    private final ParameterField years;
    private final ParameterField capital;
    private final ParameterField power;
    private final ParameterField load;
    private final ParameterField pue;
    private final ParameterField kwh;
    private final ParameterField colocation;
    private final ParameterField maintenance;
    private final ParameterField source;

    HardwareFields(FieldSet fields, ScenarioChoices choices, SelfHostParts.Hardware hardware) {
        this.choices = choices;
        SelfHostParts.Hardware h = hardware == null
                ? new SelfHostParts.Hardware(null, null, null, null, null, null, null, null, null, null, null) : hardware;
        capex = fields.parameter(CAPEX, h.capexUsdPerReplica());
        residual = fields.parameter(RESIDUAL, h.residualFraction());
        years = fields.parameter(YEARS, h.years());
        capital = fields.parameter(CAPITAL, h.costOfCapitalPerYear());
        power = fields.parameter(POWER, h.powerKwPerReplica());
        load = fields.parameter(LOAD, h.loadFactor());
        pue = fields.parameter(PUE, h.pue());
        kwh = fields.parameter(KWH, h.usdPerKwh());
        colocation = fields.parameter(COLOCATION, h.colocationUsdPerKwMonth());
        maintenance = fields.parameter(MAINTENANCE, h.maintenanceFractionPerYear());
        source = fields.parameter(SOURCE, h.source());
    }

    FormSection section() {
        return FormSection.of("Hardware", "Per replica. Capex and power default to the catalogue's per-GPU figures for "
                + "the GPU named.", capex, residual, years, capital, power, load, pue, kwh, colocation, maintenance, source);
    }

    SelfHostParts.Hardware toPart() {
        return new SelfHostParts.Hardware(capex.decimal(), residual.decimal(), years.integer(), capital.decimal(),
                power.decimal(), load.decimal(), pue.decimal(), kwh.decimal(), colocation.decimal(), maintenance.decimal(),
                source.string());
    }

    /** Shows the per-GPU defaults for {@code gpu} times {@code gpus} as the capex and power placeholders. */
    void describeFor(Supplier<String> gpu, Supplier<Integer> gpus) {
        perReplica(capex, "hardware.capex_usd_per_gpu.", gpu.get(), gpus.get());
        perReplica(power, "hardware.power_kw_per_gpu.", gpu.get(), gpus.get());
    }

    private void perReplica(ParameterField field, String prefix, String gpu, Integer gpus) {
        Optional<SelfHostDefaults.Entry> perGpu = gpu == null ? Optional.empty() : choices.defaultFor(prefix + gpu);
        if (perGpu.isEmpty() || gpus == null) {
            field.setPlaceholder("");
            field.setNote(gpu == null ? "" : "No bundled default for " + gpu + ": enter your own figure");
            return;
        }
        BigDecimal value = perGpu.get().value().multiply(BigDecimal.valueOf(gpus));
        field.setPlaceholder(value.toPlainString() + " (default)");
        field.setNote("Default " + perGpu.get().value().toPlainString() + " per GPU \u00d7 " + gpus + ": "
                + perGpu.get().citation());
    }
}
