package dev.ratecard.workspace.sample;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The support chatbot: GPT-4o through OpenRouter, written as OpenRouter's per-generation activity export (the
 * 24-column CSV, {@code created_at} without a zone, in UTC). Conversations share a long system prompt, so most
 * prompts hit OpenAI's prompt cache (whole blocks of 128 tokens past the first 1,024); answers are short. Busy in
 * European and American office hours, quieter at weekends.
 */
final class ChatbotExport {
    static final String HEADER = "generation_id,created_at,cost_total,cost_web_search,cost_cache,cost_file_processing,"
            + "byok_usage_inference,tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,model_permaslug,"
            + "provider_name,variant,cancelled,streamed,user,finish_reason_raw,finish_reason_normalized,"
            + "generation_time_ms,time_to_first_token_ms,api_key_disabled,api_key_name,app_name";
    static final String MODEL = "openai/gpt-4o-2024-11-20";
    /** Requests a month at the middle of the period: about 58M tokens at ~2,650 tokens each. */
    static final double REQUESTS_PER_MONTH = 21_900;

    // What OpenRouter charged per token for openai/gpt-4o-2024-11-20 (its models list, bundled as of 2026-08-01).
    private static final BigDecimal PROMPT = new BigDecimal("0.0000025");
    private static final BigDecimal CACHED = new BigDecimal("0.00000125");
    private static final BigDecimal COMPLETION = new BigDecimal("0.00001");

    private static final long SYSTEM_PROMPT = 1_180;
    private static final long CACHE_MINIMUM = 1_024;
    private static final long CACHE_BLOCK = 128;
    private static final long MAX_COMPLETION = 1_600;
    private static final int CUSTOMERS = 1_500;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    static final TrafficShape SHAPE = new TrafficShape(
            new double[] {2, 1.5, 1, 1, 1, 1.5, 3, 5, 7, 8, 8.5, 8.5, 9, 10, 11, 11, 10, 9, 7, 6, 5, 4, 3.5, 2.5},
            new double[] {2, 1.5, 1, 1, 1, 1, 1.5, 2.5, 3.5, 4.5, 5, 5.5, 5.5, 5.5, 5.5, 5, 5, 4.5, 4, 3.5, 3, 3, 2.5, 2},
            0.5, 0.07, 0.08);

    private ChatbotExport() {
    }

    /** Writes the generations of one month, oldest first. */
    static void write(Writer out, YearMonth month, List<TrafficShape.Day> days, SampleRandom random) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (TrafficShape.Day day : days) {
            if (!YearMonth.from(day.date()).equals(month)) {
                continue;
            }
            List<Instant> moments = new ArrayList<>();
            for (long i = 0; i < day.units(); i++) {
                moments.add(SHAPE.momentOn(day.date(), random));
            }
            moments.sort(null);
            for (Instant moment : moments) {
                writeGeneration(out, moment, random);
            }
        }
    }

    private static void writeGeneration(Writer out, Instant moment, SampleRandom random) throws IOException {
        boolean followUp = random.chance(0.62);
        long newTurn = random.logNormal(followUp ? 210 : 170, 0.6, 8, 2_500);
        long history = followUp ? random.logNormal(1_250, 0.65, 150, 9_000) : 0;
        long prompt = SYSTEM_PROMPT + history + newTurn;
        long cacheable = SYSTEM_PROMPT + history;
        boolean hit = random.chance(followUp ? 0.9 : 0.8);
        long cached = hit && cacheable >= CACHE_MINIMUM
                ? CACHE_MINIMUM + (cacheable - CACHE_MINIMUM) / CACHE_BLOCK * CACHE_BLOCK : 0;
        long completion = random.logNormal(210, 0.7, 6, MAX_COMPLETION);
        boolean cancelled = random.chance(0.004);
        BigDecimal cacheDiscount = PROMPT.subtract(CACHED).multiply(BigDecimal.valueOf(cached));
        BigDecimal cost = PROMPT.multiply(BigDecimal.valueOf(prompt)).subtract(cacheDiscount)
                .add(COMPLETION.multiply(BigDecimal.valueOf(completion)));
        String finish = cancelled ? "" : completion == MAX_COMPLETION ? "length" : "stop";
        long firstToken = random.logNormal(420, 0.35, 150, 3_000);
        long generation = firstToken + completion * random.logNormal(14, 0.2, 6, 40);
        String user = "cust_" + String.format(Locale.ROOT, "%05d", 10_000 + random.below(CUSTOMERS) * 37);
        String id = "gen-" + moment.getEpochSecond() + "-" + random.text(ID_ALPHABET, 20);
        out.write(String.join(",", id, CREATED.format(LocalDateTime.ofInstant(moment, ZoneOffset.UTC)),
                cost.stripTrailingZeros().toPlainString(), "0", cacheDiscount.negate().stripTrailingZeros().toPlainString(),
                "0", "0", Long.toString(prompt), Long.toString(completion), "0", Long.toString(cached), MODEL, "OpenAI",
                "standard", Boolean.toString(cancelled), "true", user, finish, finish, Long.toString(generation),
                Long.toString(firstToken), "false", "helpdesk-prod", "Helpdesk Assistant"));
        out.write('\n');
    }
}
