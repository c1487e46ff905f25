package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * A Langfuse observation (public API camelCase or export snake_case). Only generations carry usage; spans and
 * events are skipped. {@code usage_details} keys are read as disjoint buckets ({@link LangfuseUsageTypes}).
 *
 * <p>The trap: Langfuse fills {@code total} with the sum of all keys when none was sent, and integrations
 * that send OpenAI-style inclusive {@code input} plus {@code input_cached_tokens} make that sum count the cache
 * twice. So {@code total} is checked: equal to the sum of the keys → disjoint as sent; equal to
 * {@code input + output} while subset keys are non-zero → the counts were inclusive, and are split (with a
 * warning); anything else is a row error. Costs: {@code cost_details.total}, else the sum of its keys, else
 * {@code calculatedTotalCost}; all are Langfuse's estimates in US dollars.
 */
final class LangfuseObservations implements RowReader {
    private final FieldSet fields = new FieldSet();
    private final Field id = fields.optional("id");
    private final Field type = fields.optional("type");
    private final Field start = fields.required("startTime", "start_time");
    private final Field model = fields.optional("model", "provided_model_name", "providedModelName");
    private final Field usageDetails = fields.optional("usageDetails", "usage_details");
    private final Field costDetails = fields.optional("costDetails", "cost_details");
    private final Field calculatedCost = fields.optional("calculatedTotalCost", "calculated_total_cost", "totalCost", "total_cost");
    private final Field legacyInput = fields.optional("usage.input", "promptTokens", "prompt_tokens");
    private final Field legacyOutput = fields.optional("usage.output", "completionTokens", "completion_tokens");
    private final Field trace = fields.optional("traceId", "trace_id");
    private final Field user = fields.optional("userId", "user_id");
    private final Field environment = fields.optional("environment");

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void read(Row row, ReadSession session) {
        String kind = row.text(type);
        if (kind != null && !kind.equalsIgnoreCase("GENERATION")) {
            session.skip("not a generation (" + kind.toUpperCase(Locale.ROOT) + ")");
            return;
        }
        Draft draft = new Draft(Routes.LANGFUSE).model(row.text(model));
        draft.provider(Providers.fromModelName(row.text(model)));
        draft.start = row.time(start);
        JsonNode usage = row.object(usageDetails);
        if (usage != null) {
            addUsage(row, draft, usage, session);
        } else {
            draft.add(UsageBucket.UNCACHED_INPUT, row.count(legacyInput))
                    .add(UsageBucket.OUTPUT_TEXT, row.count(legacyOutput));
        }
        draft.add(UsageBucket.REQUESTS, 1);
        addCost(row, draft);
        draft.key(row.name(id), row.text(id))
                .tag("trace", row.text(trace))
                .tag(Tags.USER, row.text(user))
                .tag("environment", row.text(environment));
        session.emit(draft);
    }

    private void addUsage(Row row, Draft draft, JsonNode usage, ReadSession session) {
        String prefix = row.name(usageDetails) + ".";
        BucketCounts.Builder parts = BucketCounts.builder();
        Long total = null;
        long sum = 0;
        for (Map.Entry<String, JsonNode> entry : usage.properties()) {
            if (entry.getValue().isNull()) {
                continue;
            }
            long count = row.count(prefix + entry.getKey(), entry.getValue().asText());
            if (entry.getKey().equalsIgnoreCase(LangfuseUsageTypes.TOTAL)) {
                total = count;
                continue;
            }
            UsageBucket bucket = LangfuseUsageTypes.bucket(entry.getKey());
            if (bucket == null) {
                session.warn(prefix + entry.getKey(), Long.toString(count), "a usage type Ratecard does not know; left out of the buckets");
                continue;
            }
            parts.add(bucket, count);
            sum += count;
        }
        long input = parts.get(UsageBucket.UNCACHED_INPUT);
        long output = parts.get(UsageBucket.OUTPUT_TEXT);
        if (total == null || total == sum) {
            draft.counts.add(parts.build());
            return;
        }
        if (total == input + output) {
            session.warn(prefix + "total", total.toString(), "equals input + output, so input and output include"
                    + " the other usage types (inclusive counts); they are split");
            TokenSplit.inclusiveInput(draft, prefix + "input", input, parts.get(UsageBucket.CACHE_READ),
                    parts.get(UsageBucket.CACHE_WRITE_5M), parts.get(UsageBucket.CACHE_WRITE_1H),
                    parts.get(UsageBucket.AUDIO_INPUT), parts.get(UsageBucket.IMAGE_INPUT));
            TokenSplit.inclusiveOutput(draft, prefix + "output", output, parts.get(UsageBucket.REASONING),
                    parts.get(UsageBucket.AUDIO_OUTPUT), parts.get(UsageBucket.IMAGE_OUTPUT));
            return;
        }
        throw new RowProblem(prefix + "total", total.toString(), "neither the sum of the usage types (" + sum
                + ") nor input + output (" + (input + output) + "), so it is unclear which counts include which");
    }

    private void addCost(Row row, Draft draft) {
        JsonNode costs = row.object(costDetails);
        String prefix = row.name(costDetails) + ".";
        if (costs != null && costs.size() > 0) {
            JsonNode total = costs.get(LangfuseUsageTypes.TOTAL);
            if (total != null && !total.isNull()) {
                draft.cost = new ReportedCost(row.decimal(prefix + "total", total.asText()), "USD",
                        ReportedCost.Kind.ESTIMATED, prefix + "total");
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, JsonNode> entry : costs.properties()) {
                if (!entry.getValue().isNull()) {
                    sum = sum.add(row.decimal(prefix + entry.getKey(), entry.getValue().asText()));
                }
            }
            draft.cost = new ReportedCost(sum, "USD", ReportedCost.Kind.ESTIMATED, row.declaredName(costDetails));
            return;
        }
        BigDecimal calculated = row.decimal(calculatedCost);
        if (calculated != null) {
            draft.cost = new ReportedCost(calculated, "USD", ReportedCost.Kind.ESTIMATED, row.declaredName(calculatedCost));
        }
    }
}
