package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.workspace.scenarios.OptionDocument;
import dev.ratecard.workspace.scenarios.References;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Paying per token, straight to the provider ({@code direct}) or through a hosted gateway ({@code hosted_gateway})
 * with its fee model, plan, top-up size and bring-your-own-key.
 */
final class ApiOptionEditor extends OptionEditor {
    static final FieldSpec DISCOUNT = FieldSpec.percent("Negotiated discount", ".negotiated_discount");
    static final FieldSpec PROXY_FEE = FieldSpec.percent("Other fee on the bill", ".proxy_fee").atLeast(BigDecimal.ZERO);

    private final PriceFields price;
    private final ParameterField discount;
    private final ParameterField proxyFee;
    private final GatewayFields gateway;

    ApiOptionEditor(EditorContext context, OptionDocument.Direct doc) {
        super(context, OptionKind.DIRECT, doc.id(), doc.name());
        price = new PriceFields(fields, context.choices(), doc.price());
        discount = fields.parameter(DISCOUNT, doc.negotiatedDiscount());
        proxyFee = fields.parameter(PROXY_FEE, doc.proxyFee());
        gateway = null;
    }

    ApiOptionEditor(EditorContext context, OptionDocument.HostedGateway doc) {
        super(context, OptionKind.HOSTED_GATEWAY, doc.id(), doc.name());
        price = new PriceFields(fields, context.choices(), doc.price());
        discount = fields.parameter(DISCOUNT, doc.negotiatedDiscount());
        proxyFee = fields.parameter(PROXY_FEE, doc.proxyFee());
        gateway = new GatewayFields(fields, context.choices(), doc.gateway());
    }

    @Override
    List<FormSection> sections() {
        List<FormSection> sections = new ArrayList<>();
        sections.add(FormSection.of("Option", "", name));
        sections.addAll(price.sections());
        if (gateway != null) {
            sections.add(gateway.section());
        }
        sections.add(FormSection.of("Discounts and fees", "Shares of the bill: a discount you negotiated, and any "
                + "other fee charged on it, such as a card or reseller fee.", discount, proxyFee));
        return sections;
    }

    @Override
    OptionDocument toDocument() {
        References.Price ref = price.toReference();
        if (gateway == null) {
            return new OptionDocument.Direct(id(), name.string(), ref, discount.decimal(), proxyFee.decimal());
        }
        return new OptionDocument.HostedGateway(id(), name.string(), ref, gateway.toReference(), discount.decimal(),
                proxyFee.decimal());
    }

    @Override
    void describe(OptionSpec resolved) {
        if (resolved instanceof OptionSpec.Api api) {
            price.describe(api.route().price());
        }
    }
}
