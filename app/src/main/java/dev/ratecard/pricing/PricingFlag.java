package dev.ratecard.pricing;

/** Something the user should know about how a cost was reached: an assumption, or usage left unpriced. */
public enum PricingFlag {
    CONTEXT_TIER_ASSUMED_BASE("usage summed over several requests was priced at the base context tier: the "
            + "prompt size of each request is unknown and the sum passes a tier threshold"),
    TIME_OF_DAY_UNKNOWN("usage whose time of day is unknown (its bucket spans a time-window boundary) was "
            + "priced at the base rates"),
    BATCH_PRICE_UNKNOWN("batch usage was priced at standard rates: the sheet states no batch rate or discount"),
    UNKNOWN_SERVICE_TIER("the service tier is not in the sheet; priced at the base rates"),
    UNKNOWN_REGION("the region is not in the sheet's regional prices; priced without an uplift"),
    SERVICE_TIER_OVER_CONTEXT_TIER("the sheet has no service-tier rates above the context threshold; the "
            + "service tier's rates were used where it has them"),
    PRICED_AS_ANOTHER_MODEL("the model name was priced at another model's rates (a fine-tune at its base "
            + "model's, a variant such as :free at the plain model's)"),
    UNPRICED_USAGE("usage in a bucket the sheet has no rate for is left out of the total, not priced at zero");

    private final String description;

    PricingFlag(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
