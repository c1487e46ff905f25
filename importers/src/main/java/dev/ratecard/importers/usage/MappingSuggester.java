package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a {@link ColumnMapping} from header names: each role has a list of usual names, tried in order
 * against the header with case, spaces and punctuation ignored ({@code "Prompt Tokens"} is
 * {@code prompt_tokens}). Counts named the OpenAI way ({@code prompt_tokens} next to a cached column) are
 * taken as inclusive, which the reasons say so the user can check.
 */
final class MappingSuggester {
    private static final List<String> TIME = List.of("timestamp", "time", "datetime", "date_time", "created_at", "created",
            "start_time", "starttime", "request_time", "period_start", "usage_date", "date", "day");
    private static final List<String> END = List.of("end_time", "endtime", "ended_at", "period_end");
    private static final List<String> MODEL = List.of("model", "model_name", "model_id", "deployment", "engine", "model_permaslug");
    private static final List<String> PROVIDER = List.of("provider", "provider_name", "vendor", "custom_llm_provider");
    private static final Map<UsageBucket, List<String>> BUCKETS = buckets();
    private static final List<String> INCLUSIVE_INPUT_NAMES = List.of("prompt_tokens", "input_tokens", "tokens_in",
            "input", "prompt", "request_tokens", "tokens_prompt");
    private static final List<String> COST = List.of("cost", "cost_usd", "total_cost", "spend", "amount", "cost_total",
            "price", "charge", "usd", "cost_cents", "amount_cents");
    private static final List<String> CURRENCY = List.of("currency", "cost_currency", "amount_currency");
    private static final List<String> KEY = List.of("request_id", "id", "generation_id", "response_id", "call_id");
    private static final List<String> BATCH = List.of("batch", "is_batch");
    private static final List<Map.Entry<String, List<String>>> TAGS = List.of(
            Map.entry(Tags.PROJECT, List.of("project", "project_id", "project_name")),
            Map.entry(Tags.USER, List.of("user", "user_id", "end_user")),
            Map.entry(Tags.TEAM, List.of("team", "team_id")),
            Map.entry(Tags.API_KEY, List.of("api_key", "api_key_id", "key_name", "api_key_name")),
            Map.entry(Tags.APP, List.of("app", "app_name", "application")),
            Map.entry(Tags.WORKSPACE, List.of("workspace", "workspace_id")));

    private MappingSuggester() {
    }

    private static Map<UsageBucket, List<String>> buckets() {
        Map<UsageBucket, List<String>> names = new EnumMap<>(UsageBucket.class);
        names.put(UsageBucket.UNCACHED_INPUT, List.of("uncached_input_tokens", "prompt_tokens", "input_tokens", "tokens_in",
                "tokens_prompt", "input", "prompt", "request_tokens"));
        names.put(UsageBucket.CACHE_READ, List.of("cached_tokens", "cache_read_tokens", "cache_read_input_tokens",
                "input_cached_tokens", "cached_input_tokens", "tokens_cached", "cache_read"));
        names.put(UsageBucket.CACHE_WRITE_5M, List.of("cache_write_tokens", "cache_creation_input_tokens",
                "cache_creation_tokens", "input_cache_write_tokens", "cache_write"));
        names.put(UsageBucket.OUTPUT_TEXT, List.of("completion_tokens", "output_tokens", "tokens_out", "tokens_completion",
                "output", "completion", "response_tokens"));
        names.put(UsageBucket.REASONING, List.of("reasoning_tokens", "tokens_reasoning"));
        names.put(UsageBucket.REQUESTS, List.of("requests", "num_requests", "request_count", "num_model_requests", "calls"));
        return java.util.Collections.unmodifiableMap(names);
    }

    static MappingSuggestion suggest(String fileName, List<String> header) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String column : header) {
            byKey.putIfAbsent(normalise(column), column);
        }
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        String time = pick(byKey, TIME, used, reasons, "the time of each row");
        String end = pick(byKey, END, used, reasons, "the end of each row's period");
        String model = pick(byKey, MODEL, used, reasons, "the model");
        String provider = pick(byKey, PROVIDER, used, reasons, "the provider");
        Map<UsageBucket, String> buckets = new EnumMap<>(UsageBucket.class);
        BUCKETS.forEach((bucket, names) -> {
            String column = pick(byKey, names, used, reasons, bucket.key() + " counts");
            if (column != null) {
                buckets.put(bucket, column);
            }
        });
        boolean inputInclusive = inclusiveInput(buckets, reasons);
        boolean outputInclusive = buckets.containsKey(UsageBucket.OUTPUT_TEXT) && buckets.containsKey(UsageBucket.REASONING);
        if (outputInclusive) {
            reasons.merge(buckets.get(UsageBucket.OUTPUT_TEXT), "; taken to include reasoning, as OpenAI-style counts do (check)", String::concat);
        }
        String costColumn = pick(byKey, COST, used, reasons, "the reported cost");
        String currency = pick(byKey, CURRENCY, used, reasons, "the cost's currency");
        Map<String, String> tags = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> tag : TAGS) {
            String column = pick(byKey, tag.getValue(), used, reasons, "the " + tag.getKey() + " tag");
            if (column != null) {
                tags.put(tag.getKey(), column);
            }
        }
        String key = pick(byKey, KEY, used, reasons, "a unique id per row (to spot duplicates)");
        String batch = pick(byKey, BATCH, used, reasons, "whether the row was billed as batch");

        List<String> missing = new ArrayList<>();
        if (time == null) {
            missing.add("time");
        }
        if (model == null) {
            missing.add("model");
        }
        if (buckets.isEmpty() && costColumn == null) {
            missing.add("token counts or cost");
        }
        List<String> unmapped = header.stream().filter(c -> !used.contains(c)).toList();
        ColumnMapping mapping = null;
        if (missing.isEmpty()) {
            ColumnMapping.CostColumn cost = costColumn == null ? null : new ColumnMapping.CostColumn(costColumn, null,
                    currency, costColumn.toLowerCase(Locale.ROOT).contains("cent") ? ColumnMapping.CostUnit.CENTS
                    : ColumnMapping.CostUnit.MAJOR, ReportedCost.Kind.ESTIMATED);
            mapping = new ColumnMapping(fileName, new ColumnMapping.TimeColumn(time, end, null, null), model, provider,
                    null, null, buckets, inputInclusive, outputInclusive, cost, tags, key, batch);
        }
        return new MappingSuggestion(mapping, reasons, unmapped, missing);
    }

    /** OpenAI-style names ({@code prompt_tokens}) beside a cache column mean the input count includes the cache. */
    private static boolean inclusiveInput(Map<UsageBucket, String> buckets, Map<String, String> reasons) {
        String input = buckets.get(UsageBucket.UNCACHED_INPUT);
        boolean hasCache = buckets.containsKey(UsageBucket.CACHE_READ) || buckets.containsKey(UsageBucket.CACHE_WRITE_5M);
        if (input == null || !hasCache || !INCLUSIVE_INPUT_NAMES.contains(normalise(input))) {
            return false;
        }
        reasons.merge(input, "; taken to include the cached tokens, as OpenAI-style counts do (check)", String::concat);
        return true;
    }

    private static String pick(Map<String, String> byKey, List<String> names, Set<String> used,
                               Map<String, String> reasons, String role) {
        for (String name : names) {
            String column = byKey.get(name);
            if (column != null && !used.contains(column)) {
                used.add(column);
                reasons.put(column, role + " (named " + column + ")");
                return column;
            }
        }
        return null;
    }

    /** Lower case, with runs of anything but letters and digits as one underscore: {@code "Prompt Tokens"} → {@code prompt_tokens}. */
    static String normalise(String column) {
        StringBuilder s = new StringBuilder(column.length());
        boolean gap = false;
        for (int i = 0; i < column.length(); i++) {
            char c = Character.toLowerCase(column.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                if (gap && !s.isEmpty()) {
                    s.append('_');
                }
                s.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return s.toString();
    }
}
