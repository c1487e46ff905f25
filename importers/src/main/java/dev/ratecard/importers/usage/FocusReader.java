package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.text.CsvHeader;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * FinOps FOCUS 1.0–1.2 cost and usage exports, AI rows only: {@code ServiceCategory} "AI and Machine
 * Learning", or a {@code ServiceName} of a known AI service. Other rows are skipped and counted. The reported
 * cost is {@code EffectiveCost} (consumption) or {@code BilledCost} (cash) as the options say, never both; the
 * record's cost basis names the column. Tokens are kept only where the row has a token quantity:
 * {@code ConsumedQuantity} when {@code ConsumedUnit} counts tokens, else {@code PricingQuantity} × the block
 * size of {@code PricingUnit} ({@code "1000 Tokens"}, or a bare {@code "1M"} on a meter that names tokens),
 * put in the bucket the meter's name says; otherwise the record is cost-only. Empty strings are nulls;
 * dates may be {@code 5/1/25}.
 */
final class FocusReader implements RowReader {
    private static final String AI_CATEGORY = "ai and machine learning";
    private static final List<String> AI_SERVICES = List.of("openai", "bedrock", "vertex ai", "gemini",
            "cognitive services", "azure ai", "anthropic", "claude", "generative ai", "ai foundry");

    private final FieldSet fields = new FieldSet();
    private final Field start = fields.required("ChargePeriodStart");
    private final Field end = fields.optional("ChargePeriodEnd");
    private final Field cost;
    private final Field currency = fields.required("BillingCurrency");
    private final Field category = fields.optional("ServiceCategory");
    private final Field serviceName = fields.optional("ServiceName");
    private final Field provider = fields.optional("ProviderName", "ServiceProviderName");
    private final Field chargeCategory = fields.optional("ChargeCategory");
    private final Field chargeClass = fields.optional("ChargeClass");
    private final Field description = fields.optional("ChargeDescription");
    private final Field consumedQuantity = fields.optional("ConsumedQuantity");
    private final Field consumedUnit = fields.optional("ConsumedUnit");
    private final Field pricingQuantity = fields.optional("PricingQuantity");
    private final Field pricingUnit = fields.optional("PricingUnit");
    private final Field consumedTokens = fields.optional("x_ConsumedTokens");
    private final Field skuMeter = fields.optional("SkuMeter", "x_SkuMeterName");
    private final Field skuId = fields.optional("SkuId");
    private final Field region = fields.optional("RegionId", "RegionName");
    private final Field subAccount = fields.optional("SubAccountId");
    private final Field subAccountName = fields.optional("SubAccountName");
    private final Field billingAccount = fields.optional("BillingAccountId");
    private final Field resource = fields.optional("ResourceName", "ResourceId");
    private final Field tags = fields.optional("Tags");

    FocusReader(ReaderContext context) {
        this.cost = fields.required(context.options().focusCost().column());
    }

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void checkHeader(CsvHeader header, Cells columns, List<HeaderProblem> problems, ReadSession session) {
        if (!columns.has(category) && !columns.has(serviceName)) {
            problems.add(new HeaderProblem("ServiceCategory", "missing required column (or ServiceName):"
                    + " without either, AI rows cannot be told from the rest"));
        }
    }

    @Override
    public void read(Row row, ReadSession session) {
        String service = row.text(serviceName);
        String serviceCategory = row.text(category);
        if (!isAi(serviceCategory, service)) {
            session.skip("not an AI service (ServiceCategory is not \"AI and Machine Learning\")");
            return;
        }
        String meter = row.text(skuMeter);
        String chargeText = row.text(description);
        Draft draft = new Draft(Routes.DIRECT).provider(row.text(provider))
                .model(firstNonNull(meter, chargeText, service));
        draft.span(row.time(start), row.timeOrNull(end), row.name(end), row.text(end));
        draft.cost = new ReportedCost(row.requiredDecimal(cost), row.required(currency), ReportedCost.Kind.INVOICED,
                row.declaredName(cost));
        addTokens(row, draft, session, meter, chargeText);
        draft.region(row.text(region));
        draft.tag("service", service)
                .tag("charge_category", row.text(chargeCategory))
                .tag("charge_class", row.text(chargeClass))
                .tag("sku", row.text(skuId))
                .tag("sub_account", row.text(subAccount))
                .tag("sub_account_name", row.text(subAccountName))
                .tag("billing_account", row.text(billingAccount))
                .tag("resource", row.text(resource));
        JsonNode focusTags = row.object(tags);
        if (focusTags != null) {
            focusTags.properties().forEach(e -> draft.tag("tag." + e.getKey(), e.getValue().asText()));
        }
        session.emit(draft);
    }

    private static boolean isAi(String serviceCategory, String service) {
        if (serviceCategory != null && serviceCategory.toLowerCase(Locale.ROOT).equals(AI_CATEGORY)) {
            return true;
        }
        if (service == null) {
            return false;
        }
        String name = service.toLowerCase(Locale.ROOT);
        return AI_SERVICES.stream().anyMatch(name::contains);
    }

    private void addTokens(Row row, Draft draft, ReadSession session, String meter, String chargeText) {
        Long tokens = tokenQuantity(row, meter, chargeText);
        if (tokens == null) {
            return;
        }
        UsageBucket bucket = MeterWords.bucket(meter, chargeText);
        if (bucket == null) {
            session.warn(row.name(skuMeter), meter, tokens + " tokens on a meter whose name does not say input or"
                    + " output; kept as cost only");
            return;
        }
        draft.add(bucket, tokens);
    }

    /** The row's token count, or {@code null} when its quantities are not in tokens. */
    private Long tokenQuantity(Row row, String meter, String chargeText) {
        if (row.text(consumedTokens) != null) {
            return row.count(consumedTokens);
        }
        String consumed = row.text(consumedUnit);
        if (consumed != null && PricingUnit.parse(consumed).countsTokens() && row.text(consumedQuantity) != null) {
            PricingUnit unit = PricingUnit.parse(consumed);
            return tokens(row, consumedQuantity, unit);
        }
        String priced = row.text(pricingUnit);
        if (priced == null || row.text(pricingQuantity) == null) {
            return null;
        }
        PricingUnit unit = PricingUnit.parse(priced);
        boolean tokenUnit = unit.countsTokens() || (unit.isBareBlock() && MeterWords.mentionsTokens(meter, chargeText));
        return tokenUnit ? tokens(row, pricingQuantity, unit) : null;
    }

    private static long tokens(Row row, Field quantity, PricingUnit unit) {
        BigDecimal count = row.decimal(quantity).multiply(unit.block()).stripTrailingZeros();
        if (count.scale() > 0) {
            throw new RowProblem(row.name(quantity), row.text(quantity), "× " + unit.block().toPlainString() + " = "
                    + count.toPlainString() + " tokens, not a whole number");
        }
        return row.count(row.name(quantity), count.toPlainString());
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
