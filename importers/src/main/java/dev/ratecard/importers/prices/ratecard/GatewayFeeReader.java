package dev.ratecard.importers.prices.ratecard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.parse.SheetDefaults;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.CatalogueReader;
import dev.ratecard.importers.prices.read.SheetInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gateway fee models ({@code "format": "ratecard-gateways"}): token markup, per-request fee, credit
 * top-up fee, BYOK fee and subscription plans, fractions written as fractions ({@code "0.055"} is 5.5 %).
 */
public final class GatewayFeeReader implements CatalogueReader<GatewayFeeModel> {
    static final String FORMAT = "ratecard-gateways";

    private final ExactJson json = ExactJson.strict();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public CatalogueRead<GatewayFeeModel> read(SheetInput input) throws ImportException {
        return CatalogueFile.read(json, input, FORMAT, "gateways", GatewayFeeReader::gateway, GatewayFeeModel::id);
    }

    private static GatewayFeeModel gateway(JsonFields item, CatalogueFile.ItemDefaults defaults) {
        String id = item.text("id", true);
        if (id != null && !SheetDefaults.ID.matcher(id).matches()) {
            item.fail(item.site("id").error(id, "an id is lower-case letters, digits, '.', '_' and '-'"));
        }
        String name = item.text("name", true);
        String route = item.text("route", true);
        BigDecimal markup = item.nonNegative("token_markup", false);
        BigDecimal perRequest = item.nonNegative("per_request_fee", false);
        GatewayFeeModel.TopUpFee topUp = topUp(item);
        GatewayFeeModel.ByokFee byok = byok(item);
        List<GatewayFeeModel.GatewayPlan> plans = plans(item);
        Boolean userSetting = item.bool("markup_is_user_setting", false);
        String notes = item.text("notes", false);
        Provenance provenance = defaults.provenance(item, null);
        if (!item.ok() || provenance == null) {
            return null;
        }
        return new GatewayFeeModel(id, name, route, provenance, markup, perRequest, topUp, byok, plans,
                userSetting != null && userSetting, notes);
    }

    private static GatewayFeeModel.TopUpFee topUp(JsonFields item) {
        JsonNode node = item.node("top_up");
        if (node == null) {
            return null;
        }
        JsonFields fields = nested(item, node, "top_up");
        BigDecimal fraction = fields.fraction("fraction", true);
        BigDecimal minimum = fields.nonNegative("minimum_usd", false);
        String method = fields.text("method", false);
        return fields.ok() ? new GatewayFeeModel.TopUpFee(fraction, minimum, method) : null;
    }

    private static GatewayFeeModel.ByokFee byok(JsonFields item) {
        JsonNode node = item.node("byok");
        if (node == null) {
            return null;
        }
        JsonFields fields = nested(item, node, "byok");
        BigDecimal fraction = fields.fraction("fraction", true);
        Long free = fields.wholeNumber("free_requests_per_month", false);
        return fields.ok() ? new GatewayFeeModel.ByokFee(fraction, free == null ? 0 : free) : null;
    }

    private static List<GatewayFeeModel.GatewayPlan> plans(JsonFields item) {
        List<GatewayFeeModel.GatewayPlan> plans = new ArrayList<>();
        JsonNode node = item.node("plans");
        if (node == null) {
            return plans;
        }
        if (!node.isArray()) {
            item.fail(item.site("plans").error(node.toString(), "must be an array of plans"));
            return plans;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonFields plan = item.nested("plans[" + i + "]", node.get(i), item.site("plans").index(i));
            String name = plan.text("name", true);
            // A plan without a price ("contact sales") reads as unpriced, never as free.
            BigDecimal fee = plan.nonNegative("monthly_fee_usd", false);
            Long included = plan.wholeNumber("included_requests", false);
            BigDecimal overage = plan.nonNegative("overage_per_block_usd", false);
            Long blockSize = plan.wholeNumber("block_size", false);
            if (plan.ok()) {
                plans.add(new GatewayFeeModel.GatewayPlan(name, fee, included == null ? 0 : included, overage,
                        blockSize == null ? 0 : blockSize));
            }
        }
        return plans;
    }

    private static JsonFields nested(JsonFields item, JsonNode node, String name) {
        return item.nested(name, node, item.site(name));
    }
}
