package dev.ratecard.pricing;

/**
 * Why a model name as written in a log was taken to mean a price entry. A match lists every rule it needed,
 * so the user can see, and overrule with the alias table, how a name was read.
 */
public enum MatchRule {
    ALIAS_TABLE("the user's alias table"),
    EXACT_ID("the entry's model id, as written"),
    SHEET_ALIAS("an alias the price sheet gives the entry"),
    CASE_AND_WHITESPACE("letter case and whitespace ignored"),
    BEDROCK_ARN("Bedrock ARN reduced to its model or inference-profile id"),
    FINE_TUNE_BASE("fine-tuned model priced as its base model"),
    PROVIDER_PREFIX("provider or path prefix dropped (openai/, models/, publishers/google/models/ …)"),
    BEDROCK_ID("Bedrock vendor and inference-profile prefix dropped (us.anthropic. …)"),
    VARIANT_SUFFIX("variant suffix dropped (:free, :beta …)"),
    VERSION_SUFFIX("version suffix dropped (Bedrock -v1:0, Vertex @001) or Vertex's @20240620 read as -20240620"),
    DOTTED_VERSION("dotted and dashed version numbers taken as the same (3.5 = 3-5)"),
    DATE_SUFFIX("date suffix dropped (-2024-08-06, -20241022)");

    private final String description;

    MatchRule(String description) {
        this.description = description;
    }

    /** One line for the user, e.g. in a tooltip next to the matched entry. */
    public String description() {
        return description;
    }

    /** True for the rules that price a name at another model's rates, which the user should confirm. */
    public boolean needsReview() {
        return this == FINE_TUNE_BASE || this == VARIANT_SUFFIX;
    }
}
