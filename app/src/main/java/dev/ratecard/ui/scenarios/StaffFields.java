package dev.ratecard.ui.scenarios;

import dev.ratecard.workspace.scenarios.SelfHostParts;

import java.math.BigDecimal;

/** The engineer time an option needs, at a loaded salary: {@code FTE × salary / 12} a month. */
final class StaffFields {
    static final FieldSpec FTE = FieldSpec.decimal("Engineer time", "FTE", ".engineer.fte").withDefault("engineer.fte");
    static final FieldSpec SALARY = FieldSpec.decimal("Loaded salary", "USD per year", ".engineer.loaded_salary_usd_per_year")
            .withDefault("engineer.loaded_salary_usd_per_year");
    static final FieldSpec SOURCE = FieldSpec.text("Source of these figures", ".engineer.source");

    private final ParameterField fte;
    private final ParameterField salary;
    private final ParameterField source;

    /** @param fteRequired true where no published default exists (a proxy's upkeep) */
    StaffFields(FieldSet fields, SelfHostParts.Engineer engineer, boolean fteRequired) {
        SelfHostParts.Engineer given = engineer == null ? new SelfHostParts.Engineer(null, null, null) : engineer;
        fte = fields.parameter(fteRequired ? FieldSpec.decimal(FTE.label(), FTE.unit(), FTE.path())
                .required("Enter the engineer time the proxy takes; no published figure exists") : FTE, given.fte());
        salary = fields.parameter(SALARY, given.loadedSalaryUsdPerYear());
        source = fields.parameter(SOURCE, given.source());
    }

    FormSection section() {
        return FormSection.of("Engineer", "The people who keep it running: full-time equivalents at a loaded salary "
                + "(base pay with benefits and overhead).", fte, salary, source);
    }

    /** {@code null} when every field is empty, as a file that left the engineer out. */
    SelfHostParts.Engineer toPart() {
        BigDecimal f = fte.decimal();
        BigDecimal s = salary.decimal();
        String src = source.string();
        return f == null && s == null && src == null ? null : new SelfHostParts.Engineer(f, s, src);
    }
}
