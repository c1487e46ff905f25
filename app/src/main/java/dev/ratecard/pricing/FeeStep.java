package dev.ratecard.pricing;

/** The fee stack's steps, in the order they are applied. */
public enum FeeStep {
    LIST_PRICE("list price"),
    TIER_REGION_SERVICE_TIER("context tier, time window, service tier and region"),
    BATCH("batch pricing"),
    NEGOTIATED_DISCOUNT("negotiated discount"),
    GATEWAY_MARKUP("gateway markup and per-request fee"),
    TOP_UP_FEE("credit top-up fee"),
    BYOK_FEE("bring-your-own-key fee"),
    PLAN_FEES("plan subscription and overage");

    private final String label;

    FeeStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
