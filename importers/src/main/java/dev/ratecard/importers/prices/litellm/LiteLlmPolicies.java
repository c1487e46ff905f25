package dev.ratecard.importers.prices.litellm;

import dev.ratecard.importers.model.Routes;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Facts about LiteLLM providers that the price map does not carry in its entries, each with its source. */
final class LiteLlmPolicies {
    private LiteLlmPolicies() {
    }

    /**
     * Providers whose {@code _above_Nk_tokens} rates apply from the threshold itself ({@code >=}) rather than
     * above it: LiteLLM's {@code _INCLUSIVE_THRESHOLD_PROVIDERS = {"xai"}}
     * (litellm/litellm_core_utils/llm_cost_calc/utils.py @ 001b531ae960aad3fa38447508d4ce0d05c118c4).
     */
    static final Set<String> INCLUSIVE_THRESHOLD_PROVIDERS = Set.of("xai");

    /** LiteLLM providers that are gateways rather than model providers; their entries carry the gateway's route. */
    static final Map<String, String> GATEWAY_ROUTES = Map.of(
            "openrouter", Routes.OPENROUTER,
            "vercel_ai_gateway", "vercel_ai_gateway");

    /**
     * Providers with a documented batch API at half the standard price, for chat entries that list no batch
     * rates of their own (LiteLLM's batch_cost_calculator also falls back to half price):
     * OpenAI "50% cost discount" (platform.openai.com/docs/guides/batch); Azure OpenAI global batch "50% less
     * cost than global standard" (learn.microsoft.com/azure/ai-services/openai/how-to/batch); Anthropic Message
     * Batches "50% of standard API prices" (docs.anthropic.com/en/docs/build-with-claude/batch-processing);
     * Gemini Batch API "50% of the standard cost" (ai.google.dev/gemini-api/docs/batch-mode) and Vertex AI batch
     * inference for Gemini and Claude at a 50% discount (cloud.google.com/vertex-ai/generative-ai/docs/multimodal/batch-prediction-gemini);
     * OpenRouter per Ratecard's reference notes (price-sheets.md §7.4).
     */
    static final Set<String> HALF_PRICE_BATCH_PROVIDERS = Set.of(
            "openai", "text-completion-openai", "azure", "anthropic", "gemini", "vertex_ai",
            "vertex_ai-language-models", "vertex_ai-anthropic_models", "openrouter");

    static final BigDecimal HALF_PRICE_BATCH_DISCOUNT = new BigDecimal("0.5");

    /** {@code provider_specific_entry} keys that name a speed mode (a service tier) rather than a region. */
    static final Set<String> SERVICE_TIER_KEYS = Set.of("fast", "ultrafast", "priority", "flex");
}
