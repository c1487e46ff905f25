package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.scenario.Wording;
import dev.ratecard.workspace.scenarios.References;

import java.math.BigDecimal;

/**
 * A hosted gateway's terms: its fee model from the catalogue, the plan, the fee of a plan without a public price,
 * the size of each credit top-up, bringing your own provider key, and the user's own markup or top-up fee.
 */
final class GatewayFields {
    static final FieldSpec PLAN_FEE = FieldSpec.decimal("Plan fee", "USD per month", ".gateway.plan_fee_usd");
    static final FieldSpec TOP_UP = FieldSpec.decimal("Top-up size", "USD per credit purchase", ".gateway.top_up_usd")
            .atLeast(new BigDecimal("0.01"));
    static final FieldSpec MARKUP = FieldSpec.percent("Token markup", ".gateway.token_markup").atLeast(BigDecimal.ZERO);
    static final FieldSpec TOP_UP_FEE = FieldSpec.percent("Top-up fee", ".gateway.top_up_fee").atLeast(BigDecimal.ZERO);

    private final ScenarioChoices choices;
    private final ChoiceField gateway;
    private final ChoiceField plan;
    private final ParameterField planFee;
    private final ParameterField topUp;
    private final FlagField byok;
    private final ParameterField markup;
    private final ParameterField topUpFee;

    GatewayFields(FieldSet fields, ScenarioChoices choices, References.Gateway ref) {
        this.choices = choices;
        gateway = fields.choice("Gateway", ".gateway.id", null, choices.gatewayChoices(), ref.id());
        plan = fields.choice("Plan", ".gateway.plan", "Its first plan", choices.planChoices(ref.id()), ref.plan());
        planFee = fields.parameter(PLAN_FEE, ref.planFeeUsd());
        topUp = fields.parameter(TOP_UP, ref.topUpUsd());
        byok = fields.flag("Bring your own provider key", ".gateway.byok", false, ref.byok());
        markup = fields.parameter(MARKUP, ref.tokenMarkup());
        topUpFee = fields.parameter(TOP_UP_FEE, ref.topUpFee());
        gateway.valueProperty().addListener(observable -> describe());
        describe();
    }

    FormSection section() {
        return FormSection.of("Gateway", "Top-ups are bought whole: each costs the larger of the fee and its minimum, so "
                + "small ones pay more than the headline rate. Empty: one top-up a month of what the month needs.",
                gateway, plan, planFee, topUp, byok, markup, topUpFee);
    }

    /** The terms for the file; a plan the chosen gateway does not have is left out rather than refused. */
    References.Gateway toReference() {
        String planName = plan.chosen().isPresent() ? plan.value() : null;
        return new References.Gateway(gateway.value(), planName, planFee.decimal(), topUp.decimal(), byok.forFile(),
                markup.decimal(), topUpFee.decimal());
    }

    private void describe() {
        plan.setChoices(choices.planChoices(gateway.value()));
        GatewayFeeModel fees = choices.gateway(gateway.value()).orElse(null);
        if (fees == null) {
            gateway.setNote("");
            return;
        }
        gateway.setNote(fees.name() + " (" + ScenarioChoices.cite(fees.provenance()) + ")");
        markup.setPlaceholder(FieldValues.display(FieldSpec.Format.PERCENT, fees.tokenMarkup()) + " (gateway)");
        GatewayFeeModel.TopUpFee fee = fees.topUp();
        topUpFee.setPlaceholder(fee == null ? "no credits sold" : FieldValues.display(FieldSpec.Format.PERCENT, fee.fraction())
                + " (gateway)");
        topUpFee.setNote(fee == null ? "" : Wording.percent(fee.fraction()) + " of each top-up, at least "
                + Wording.usd(fee.minimumUsd()) + " (" + fee.method() + ")");
        byok.setNote(fees.byok() == null ? "This gateway has no bring-your-own-key fee"
                : Wording.percent(fees.byok().fraction()) + " of the provider bill after "
                + String.format(java.util.Locale.ROOT, "%,d", fees.byok().freeRequestsPerMonth()) + " free requests a month");
    }
}
