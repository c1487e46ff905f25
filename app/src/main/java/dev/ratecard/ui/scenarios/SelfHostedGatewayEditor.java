package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.workspace.scenarios.OptionDocument;

import java.util.ArrayList;
import java.util.List;

/** The provider's price through a proxy you run (LiteLLM): its servers and the engineer who keeps it up. */
final class SelfHostedGatewayEditor extends OptionEditor {
    static final FieldSpec INFRASTRUCTURE = FieldSpec.decimal("Proxy servers", "USD per month",
            ".infrastructure_usd_per_month").required("Enter what the proxy's servers cost you a month");
    static final FieldSpec INFRASTRUCTURE_SOURCE = FieldSpec.text("Source of that figure", ".infrastructure_source");

    private final PriceFields price;
    private final ParameterField discount;
    private final ParameterField infrastructure;
    private final ParameterField infrastructureSource;
    private final StaffFields staff;

    SelfHostedGatewayEditor(EditorContext context, OptionDocument.SelfHostedGateway doc) {
        super(context, OptionKind.SELF_HOSTED_GATEWAY, doc.id(), doc.name());
        price = new PriceFields(fields, context.choices(), doc.price());
        discount = fields.parameter(ApiOptionEditor.DISCOUNT, doc.negotiatedDiscount());
        infrastructure = fields.parameter(INFRASTRUCTURE, doc.infrastructureUsdPerMonth());
        infrastructureSource = fields.parameter(INFRASTRUCTURE_SOURCE, doc.infrastructureSource());
        staff = new StaffFields(fields, doc.engineer(), true);
    }

    @Override
    List<FormSection> sections() {
        List<FormSection> sections = new ArrayList<>();
        sections.add(FormSection.of("Option", "", name));
        sections.addAll(price.sections());
        sections.add(FormSection.of("Proxy", "The servers the proxy runs on, and any discount you negotiated with the "
                + "provider.", infrastructure, infrastructureSource, discount));
        sections.add(staff.section());
        return sections;
    }

    @Override
    OptionDocument toDocument() {
        return new OptionDocument.SelfHostedGateway(id(), name.string(), price.toReference(), infrastructure.decimal(),
                infrastructureSource.string(), staff.toPart(), discount.decimal());
    }

    @Override
    void describe(OptionSpec resolved) {
        if (resolved instanceof OptionSpec.SelfHostedGateway gateway) {
            price.describe(gateway.route().price());
        }
    }
}
