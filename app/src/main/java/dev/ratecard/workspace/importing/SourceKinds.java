package dev.ratecard.workspace.importing;

import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.UsageFormat;

/**
 * The namespace of a file's natural keys (the store's {@code source_kind}): a request id names the same request
 * in every file of one kind. Two formats of one source share a kind, so that an OpenRouter activity export and
 * the generation records of the same traffic, or a LiteLLM table exported once as CSV and once as JSON, do not
 * count a request twice. A mapped CSV's ids belong to its mapping: two unrelated layouts may reuse "1", "2" ….
 */
final class SourceKinds {
    private SourceKinds() {
    }

    static String of(UsageFormat format, ColumnMapping mapping) {
        return switch (format) {
            case OPENROUTER_ACTIVITY_CSV, OPENROUTER_GENERATION_JSON -> "openrouter-generations";
            case LITELLM_SPENDLOGS_CSV, LITELLM_SPENDLOGS_JSON -> "litellm-spendlogs";
            case HELICONE_CSV, HELICONE_JSON -> "helicone-requests";
            case LANGFUSE, LANGFUSE_CSV -> "langfuse-observations";
            case MAPPED_CSV -> mapping == null ? format.id() : format.id() + ":" + mapping.name();
            default -> format.id();
        };
    }
}
