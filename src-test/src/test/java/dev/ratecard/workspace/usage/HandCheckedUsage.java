package dev.ratecard.workspace.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request log whose costs are worked out by hand in the comments, for the tests of everything that groups, prices
 * and shows stored usage. Prices: the bundled OpenAI sheet, per 1M tokens — gpt-4o $2.50 uncached input, $1.25
 * cache read, $10 output; gpt-4o-mini $0.15 and $0.60.
 *
 * <pre>
 * line 1  2026-08-03 10:00 UTC  gpt-4o-2024-08-06  prompt 12,000 (4,000 cached)  completion 2,000  user alice  reported $0.045
 *         8,000 × 2.50 + 4,000 × 1.25 + 2,000 × 10 = 0.020 + 0.005 + 0.020 = $0.045
 * line 2  2026-08-03 11:00 UTC  gpt-4o             prompt 8,000                   completion 1,000  user bob    reported $0.03
 *         8,000 × 2.50 + 1,000 × 10 = 0.020 + 0.010 = $0.030
 * line 3  2026-08-04 09:00 UTC  gpt-4o-mini        prompt 100,000                 completion 10,000
 *         100,000 × 0.15 + 10,000 × 0.60 = 0.015 + 0.006 = $0.021
 * line 4  2026-08-04 09:30 UTC  acme-internal-llm  prompt 5,000                   completion 500
 *         no price matches: left out of every total, listed as unmatched
 *         (mapped to gpt-4o-mini: 5,000 × 0.15 + 500 × 0.60 = 0.00075 + 0.0003 = $0.00105)
 * </pre>
 */
public final class HandCheckedUsage {
    public static final String FILE = "hand-checked.jsonl";
    public static final String UNMATCHED_MODEL = "acme-internal-llm";
    public static final String TEXT = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1785751200,"model":"gpt-4o-2024-08-06","user":"alice","usage":{"prompt_tokens":12000,"completion_tokens":2000,"total_tokens":14000,"prompt_tokens_details":{"cached_tokens":4000},"cost":0.045}}
            {"id":"chatcmpl-2","object":"chat.completion","created":1785754800,"model":"gpt-4o","user":"bob","usage":{"prompt_tokens":8000,"completion_tokens":1000,"total_tokens":9000,"cost":0.03}}
            {"id":"chatcmpl-3","object":"chat.completion","created":1785834000,"model":"gpt-4o-mini","usage":{"prompt_tokens":100000,"completion_tokens":10000,"total_tokens":110000}}
            {"id":"chatcmpl-4","object":"chat.completion","created":1785835800,"model":"acme-internal-llm","usage":{"prompt_tokens":5000,"completion_tokens":500,"total_tokens":5500}}
            """;

    /**
     * One OpenRouter generation in September: GPT-4o, 10,000,000 prompt and 2,000,000 completion tokens, charged
     * 10 × 2.50 + 2 × 10 = $45, on which OpenRouter's card top-up costs 5.5 % = $2.475 (above the $0.80 minimum).
     */
    public static final String OPENROUTER = """
            generation_id,created_at,cost_total,cost_web_search,cost_cache,cost_file_processing,byok_usage_inference,\
            tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,model_permaslug,provider_name,variant,cancelled,\
            streamed,user,finish_reason_raw,finish_reason_normalized,generation_time_ms,time_to_first_token_ms,\
            api_key_disabled,api_key_name,app_name
            gen-1789041600-AAAAAAAAAAAAAAAAAAAA,2026-09-10 12:00:00.000,45,0,0,0,0,10000000,2000000,0,0,openai/gpt-4o,OpenAI,\
            standard,false,true,,stop,stop,1000,300,false,key,app
            """;

    private HandCheckedUsage() {
    }

    public static Path write(Path folder) {
        return write(folder, FILE, TEXT);
    }

    /** {@link #OPENROUTER} as {@code openrouter.csv}. */
    public static Path writeOpenRouter(Path folder) {
        return write(folder, "openrouter.csv", OPENROUTER);
    }

    private static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
