package dev.ratecard.scenario;

import dev.ratecard.importers.model.PriceEntry;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Paying per token: a price entry, the discount negotiated on it, any other fee charged as a fraction of the
 * bill (a card or reseller fee, a proxy's margin), and the hosted gateway it goes through ({@code null}: direct).
 */
public record ApiRoute(PriceEntry price, BigDecimal negotiatedDiscount, BigDecimal proxyFee, GatewayTerms gateway) {
    public ApiRoute {
        Objects.requireNonNull(price, "price");
        Check.fraction("negotiated_discount", negotiatedDiscount);
        Check.nonNegative("proxy_fee", proxyFee);
    }

    public static ApiRoute direct(PriceEntry price) {
        return new ApiRoute(price, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    public ApiRoute withPrice(PriceEntry entry) {
        return new ApiRoute(entry, negotiatedDiscount, proxyFee, gateway);
    }

    public ApiRoute withNegotiatedDiscount(BigDecimal value) {
        return new ApiRoute(price, value, proxyFee, gateway);
    }

    public ApiRoute withProxyFee(BigDecimal value) {
        return new ApiRoute(price, negotiatedDiscount, value, gateway);
    }

    public ApiRoute withGateway(GatewayTerms terms) {
        return new ApiRoute(price, negotiatedDiscount, proxyFee, terms);
    }

    /** e.g. "together_ai Qwen/Qwen2.5-72B-Instruct-Turbo (https://…, as of 2025-09-05)". */
    public String priceSource() {
        return price.provider() + " " + price.model() + " (" + price.provenance().source() + ", as of "
                + price.provenance().asOf() + ")";
    }
}
