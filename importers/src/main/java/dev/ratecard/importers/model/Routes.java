package dev.ratecard.importers.model;

/** Route names shared by readers, sheets and scenarios: how traffic reached the model. */
public final class Routes {
    /** Straight to the model's provider. */
    public static final String DIRECT = "direct";
    public static final String OPENROUTER = "openrouter";
    public static final String PORTKEY = "portkey";
    public static final String HELICONE = "helicone";
    /** A LiteLLM proxy, self-hosted or LiteLLM Cloud. */
    public static final String LITELLM = "litellm";
    public static final String TOKENMIX = "tokenmix";
    public static final String BEDROCK = "bedrock";
    public static final String LANGFUSE = "langfuse";

    private Routes() {
    }
}
