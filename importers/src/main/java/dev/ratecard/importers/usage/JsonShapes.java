package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises a JSON format from one item's members; {@code null} when the item says nothing (see {@link FormatDetector}). */
final class JsonShapes {
    private JsonShapes() {
    }

    static FormatGuess classify(JsonNode item) {
        if (item == null || !item.isObject()) {
            return null;
        }
        if ("ModelInvocationLog".equals(item.path("schemaType").asText())) {
            return new FormatGuess(UsageFormat.BEDROCK, Confidence.HIGH, "schemaType is ModelInvocationLog (Bedrock invocation log)");
        }
        JsonNode message = item.get("message");
        if (message != null && message.isTextual() && message.textValue().contains("\"ModelInvocationLog\"")) {
            return new FormatGuess(UsageFormat.BEDROCK, Confidence.HIGH, "CloudWatch events whose message is a Bedrock ModelInvocationLog");
        }
        if (item.has("modelId") && item.path("input").has("inputTokenCount")) {
            return new FormatGuess(UsageFormat.BEDROCK, Confidence.MEDIUM, "modelId and input.inputTokenCount (Bedrock invocation log)");
        }
        if (item.has("custom_id") && (item.has("response") || item.has("error"))) {
            return new FormatGuess(UsageFormat.OPENAI_BATCH, Confidence.HIGH, "custom_id with response/error (OpenAI Batch API output)");
        }
        JsonNode results = item.get("results");
        if (results != null && results.isArray()) {
            return bucket(item, results);
        }
        String object = item.path("object").asText("");
        if (object.equals("organization.usage.completions.result")) {
            return new FormatGuess(UsageFormat.OPENAI_USAGE_JSON, Confidence.HIGH, "object organization.usage.completions.result");
        }
        if (object.equals("organization.costs.result")) {
            return new FormatGuess(UsageFormat.OPENAI_COSTS_JSON, Confidence.HIGH, "object organization.costs.result");
        }
        if (item.has("native_tokens_prompt") || (item.path("id").asText("").startsWith("gen-")
                && (item.has("tokens_prompt") || item.has("total_cost")))) {
            return new FormatGuess(UsageFormat.OPENROUTER_GENERATION_JSON, Confidence.HIGH,
                    "native_tokens_prompt / a gen- id with token and cost fields (OpenRouter generation stats)");
        }
        if (item.has("request_id") && item.has("spend") && (item.has("startTime") || item.has("start_time"))) {
            return new FormatGuess(UsageFormat.LITELLM_SPENDLOGS_JSON, Confidence.HIGH, "request_id, spend and startTime (LiteLLM SpendLogs)");
        }
        if (item.has("ai_model") || item.has("req_units") || item.has("ai_org")) {
            return new FormatGuess(UsageFormat.PORTKEY, Confidence.HIGH, "ai_model / req_units (Portkey logs export)");
        }
        if (item.has("usageDetails") || item.has("usage_details") || item.has("costDetails") || item.has("cost_details")
                || item.has("calculatedTotalCost")) {
            return new FormatGuess(UsageFormat.LANGFUSE, Confidence.HIGH, "usageDetails / costDetails (Langfuse observations)");
        }
        if ((item.has("traceId") || item.has("trace_id")) && item.has("type") && (item.has("startTime") || item.has("start_time"))) {
            return new FormatGuess(UsageFormat.LANGFUSE, Confidence.MEDIUM, "traceId, type and startTime (Langfuse observations)");
        }
        if (item.has("response_id") && (item.has("request_created_at") || item.has("response_created_at"))) {
            return new FormatGuess(UsageFormat.HELICONE_JSON, Confidence.HIGH, "response_id and request_created_at (Helicone export)");
        }
        JsonNode response = RequestLogReader.response(item);
        if (ResponseUsage.hasUsage(response)) {
            return new FormatGuess(UsageFormat.REQUEST_LOG, Confidence.HIGH, "an API response with a usage object ("
                    + (response.path("usage").has("prompt_tokens") ? "prompt_tokens: OpenAI Chat Completions style"
                    : "input_tokens: OpenAI Responses or Anthropic Messages style") + ")");
        }
        return null;
    }

    private static FormatGuess bucket(JsonNode bucket, JsonNode results) {
        if (results.isEmpty()) {
            return null;
        }
        JsonNode first = results.get(0);
        String object = first.path("object").asText("");
        if (bucket.has("starting_at")) {
            if (first.has("amount") && (first.has("cost_type") || first.has("token_type") || first.has("description"))) {
                return new FormatGuess(UsageFormat.ANTHROPIC_COST_JSON, Confidence.HIGH, "buckets with starting_at and results with amount and cost_type (Anthropic cost report)");
            }
            if (first.has("uncached_input_tokens") || first.has("cache_read_input_tokens") || first.has("output_tokens")) {
                return new FormatGuess(UsageFormat.ANTHROPIC_USAGE_JSON, Confidence.HIGH, "buckets with starting_at and results with uncached_input_tokens (Anthropic usage report)");
            }
            return null;
        }
        if (object.equals("organization.usage.completions.result")) {
            return new FormatGuess(UsageFormat.OPENAI_USAGE_JSON, Confidence.HIGH, "buckets of organization.usage.completions.result (OpenAI Usage API)");
        }
        if (object.equals("organization.costs.result") || first.path("amount").has("value")) {
            return new FormatGuess(UsageFormat.OPENAI_COSTS_JSON, Confidence.HIGH, "buckets of organization.costs.result (OpenAI Costs API)");
        }
        if (first.has("input_tokens") || first.has("num_model_requests")) {
            return new FormatGuess(UsageFormat.OPENAI_USAGE_JSON, Confidence.MEDIUM, "buckets with start_time and results with input_tokens (OpenAI Usage API)");
        }
        return null;
    }
}
