/**
 * Usage logs and billing exports into {@link dev.ratecard.importers.model.UsageRecord}s.
 *
 * <p>The entry point is {@link dev.ratecard.importers.usage.UsageImport}: {@code detect} tells a file's
 * {@link dev.ratecard.importers.usage.UsageFormat} from its content, and {@code read} streams its records to a
 * {@link dev.ratecard.importers.usage.UsageSink} and returns a {@link dev.ratecard.importers.usage.ReadSummary}.
 * {@link dev.ratecard.importers.usage.ReadOptions} carries the caller's choices (format, zone of zone-less
 * times, decimal separator, FOCUS cost column, a {@link dev.ratecard.importers.usage.ColumnMapping} for any
 * other CSV).
 *
 * <p>Every reader converts to disjoint buckets: inclusive counts (OpenAI, OpenRouter, LiteLLM, Helicone) are
 * split, and a split that comes out negative is an error saying the counts look disjoint; disjoint counts
 * (Anthropic, Bedrock, Langfuse usage types) map one to one. The cost a source states is kept beside the
 * tokens in major units, with its currency, whether it was invoiced or estimated, and which of the source's
 * cost figures it is. Each record names its file and line (and JSON pointer) and, where the source has one,
 * its natural key; a key seen twice in one file is reported and left out.
 */
package dev.ratecard.importers.usage;
