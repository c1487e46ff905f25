package dev.ratecard.importers.usage;

import dev.ratecard.importers.text.CsvHeader;

/** Recognises a CSV format from its header's column names (see {@link FormatDetector}). */
final class CsvShapes {
    private CsvShapes() {
    }

    static FormatGuess classify(CsvHeader header) {
        if (header.has("generation_id") && header.has("tokens_prompt") && header.has("created_at")) {
            return guess(UsageFormat.OPENROUTER_ACTIVITY_CSV, Confidence.HIGH, "generation_id, created_at and tokens_prompt columns (OpenRouter activity export)");
        }
        if (header.has("tokens_prompt") && header.has("tokens_completion") && header.has("model_permaslug")) {
            return guess(UsageFormat.OPENROUTER_ACTIVITY_CSV, Confidence.MEDIUM, "tokens_prompt, tokens_completion and model_permaslug columns (OpenRouter activity export)");
        }
        if (header.has("request_id") && header.has("spend") && (header.has("startTime") || header.has("start_time"))) {
            return guess(UsageFormat.LITELLM_SPENDLOGS_CSV, Confidence.HIGH, "request_id, spend and startTime columns (LiteLLM SpendLogs)");
        }
        if (header.has("ChargePeriodStart") && (header.has("BilledCost") || header.has("EffectiveCost"))) {
            return guess(UsageFormat.FOCUS_CSV, Confidence.HIGH, "ChargePeriodStart and BilledCost/EffectiveCost columns (FinOps FOCUS)");
        }
        if (header.has("response_id") && (header.has("request_created_at") || header.has("response_created_at"))) {
            return guess(UsageFormat.HELICONE_CSV, Confidence.HIGH, "response_id and request_created_at columns (Helicone export)");
        }
        boolean times = header.has("start_time") && header.has("end_time");
        if (times && header.has("amount_value")) {
            return guess(UsageFormat.OPENAI_COST_CSV, Confidence.HIGH, "start_time, end_time and amount_value columns (OpenAI cost export)");
        }
        if (times && (header.has("input_tokens") || header.has("num_model_requests") || header.has("output_tokens"))) {
            return guess(UsageFormat.OPENAI_USAGE_CSV, Confidence.HIGH, "start_time, end_time and Usage API token columns (OpenAI completions usage export)");
        }
        if (times && header.has("start_time_iso") && header.has("end_time_iso") && header.size() == 4) {
            return guess(UsageFormat.OPENAI_USAGE_CSV, Confidence.LOW, "only start_time, end_time and their ISO forms:"
                    + " what OpenAI exports for a period without usage (its cost export looks the same when empty)");
        }
        if (header.has("usage_details") || header.has("cost_details") || header.has("calculated_total_cost")) {
            return guess(UsageFormat.LANGFUSE_CSV, Confidence.MEDIUM, "usage_details / cost_details columns (Langfuse observations export)");
        }
        return null;
    }

    private static FormatGuess guess(UsageFormat format, Confidence confidence, String reason) {
        return new FormatGuess(format, confidence, reason);
    }
}
