package dev.ratecard.importers.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;

/** Builds the reader of a format for one read. */
final class Readers {
    private Readers() {
    }

    static FormatReader create(UsageFormat format, ReaderContext context, String file) throws ImportException {
        return switch (format) {
            case REQUEST_LOG -> new RequestLogReader(context);
            case OPENAI_USAGE_JSON -> new OpenAiUsageJsonReader(context);
            case OPENAI_USAGE_CSV -> new OpenAiUsageCsvReader();
            case OPENAI_COST_CSV -> new OpenAiCostCsvReader();
            case OPENAI_COSTS_JSON -> new OpenAiCostsJsonReader(context);
            case OPENAI_BATCH -> new OpenAiBatchReader(context);
            case ANTHROPIC_USAGE_JSON -> new AnthropicUsageReader(context);
            case ANTHROPIC_COST_JSON -> new AnthropicCostReader(context);
            case OPENROUTER_ACTIVITY_CSV -> new OpenRouterActivityReader();
            case OPENROUTER_GENERATION_JSON -> new OpenRouterGenerationReader(context);
            case LITELLM_SPENDLOGS_CSV -> new LiteLlmSpendLogs();
            case LITELLM_SPENDLOGS_JSON -> new JsonRowsReader(new LiteLlmSpendLogs(), context);
            case FOCUS_CSV -> new FocusReader(context);
            case HELICONE_CSV -> new HeliconeRequests(context.json());
            case HELICONE_JSON -> new JsonRowsReader(new HeliconeRequests(context.json()), context);
            case PORTKEY -> new PortkeyReader(context);
            case LANGFUSE -> new JsonRowsReader(new LangfuseObservations(), context);
            case LANGFUSE_CSV -> new LangfuseObservations();
            case BEDROCK -> new BedrockReader(context);
            case MAPPED_CSV -> {
                if (context.options().mapping() == null) {
                    throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                            "no built-in reader knows this CSV; it needs a column mapping (which column is the time,"
                                    + " the model, each token count, the cost)"));
                }
                yield new MappedCsvReader(context.options().mapping());
            }
        };
    }
}
