package dev.ratecard.importers.usage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The usage logs and billing exports Ratecard reads. Each has a stable kebab-case {@link #id()} used by the
 * command line's {@code --format}, stored import batches and fixture folders; ids never change meaning.
 */
public enum UsageFormat {
    /** One API response per line (or a JSON document of them): OpenAI Chat Completions, OpenAI Responses, Anthropic Messages, detected per line. */
    REQUEST_LOG("request-log-jsonl", Container.JSON, "request log: one OpenAI or Anthropic response per line"),
    OPENAI_USAGE_JSON("openai-usage-json", Container.JSON, "OpenAI Usage API completions buckets"),
    OPENAI_USAGE_CSV("openai-usage-csv", Container.CSV, "OpenAI dashboard completions usage export"),
    OPENAI_COST_CSV("openai-cost-csv", Container.CSV, "OpenAI dashboard cost export"),
    OPENAI_COSTS_JSON("openai-costs-json", Container.JSON, "OpenAI Costs API buckets"),
    OPENAI_BATCH("openai-batch-jsonl", Container.JSON, "OpenAI Batch API output"),
    ANTHROPIC_USAGE_JSON("anthropic-usage-json", Container.JSON, "Anthropic Admin API messages usage report"),
    ANTHROPIC_COST_JSON("anthropic-cost-json", Container.JSON, "Anthropic Admin API cost report"),
    OPENROUTER_ACTIVITY_CSV("openrouter-activity-csv", Container.CSV, "OpenRouter activity export (one row per generation)"),
    OPENROUTER_GENERATION_JSON("openrouter-generation-json", Container.JSON, "OpenRouter generation stats (GET /api/v1/generation)"),
    LITELLM_SPENDLOGS_CSV("litellm-spendlogs-csv", Container.CSV, "LiteLLM proxy SpendLogs table as CSV"),
    LITELLM_SPENDLOGS_JSON("litellm-spendlogs-json", Container.JSON, "LiteLLM proxy SpendLogs as JSON"),
    FOCUS_CSV("focus-csv", Container.CSV, "FinOps FOCUS 1.0-1.2 cost and usage export (AI rows)"),
    HELICONE_CSV("helicone-csv", Container.CSV, "Helicone request export as CSV"),
    HELICONE_JSON("helicone-jsonl", Container.JSON, "Helicone request export as JSONL or JSON"),
    PORTKEY("portkey-logs-jsonl", Container.JSON, "Portkey logs export"),
    LANGFUSE("langfuse-observations", Container.JSON, "Langfuse observations (API or export) as JSON or JSONL"),
    LANGFUSE_CSV("langfuse-observations-csv", Container.CSV, "Langfuse observations export as CSV"),
    BEDROCK("bedrock-invocation-jsonl", Container.JSON, "AWS Bedrock model invocation log"),
    /** Any other CSV, read through a {@link ColumnMapping}. */
    MAPPED_CSV("mapped-csv", Container.CSV, "any CSV, through a column mapping");

    /** How the file is laid out: CSV text, or JSON (a document or one value per line). */
    public enum Container { CSV, JSON }

    private final String id;
    private final Container container;
    private final String description;

    UsageFormat(String id, Container container, String description) {
        this.id = id;
        this.container = container;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Container container() {
        return container;
    }

    public String description() {
        return description;
    }

    /** The format with this id (case-insensitive), e.g. {@code openai-usage-csv}. */
    public static Optional<UsageFormat> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** All ids, comma-separated, for help texts and error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(UsageFormat::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
