package dev.ratecard.workspace.sample;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The document pipeline: DeepSeek V4 Flash, called directly, logged one API response per line (DeepSeek answers
 * in the OpenAI Chat Completions shape, with its prompt-cache counts beside {@code prompt_tokens_details}). It runs
 * as a nightly batch from 19:00 UTC, inside DeepSeek's off-peak hours, working through the day's documents one
 * request after another; every request repeats the same instructions, which DeepSeek's cache serves after the
 * first. Weekend runs are small.
 */
final class PipelineExport {
    static final String MODEL = "deepseek-v4-flash";
    /** Requests a month at the middle of the period: about 30M tokens at ~4,500 tokens each. */
    static final double REQUESTS_PER_MONTH = 6_650;

    private static final long INSTRUCTIONS = 1_536;
    private static final long RUN_START_SECONDS = 19 * 3_600;
    /** The run spreads its requests over about three hours. */
    private static final long RUN_SECONDS = 3 * 3_600;
    private static final String FINGERPRINT = "fp_8802369eaa_prod0820";

    static final TrafficShape SHAPE = new TrafficShape(new double[24], new double[24], 0.3, 0.07, 0.1);

    private PipelineExport() {
    }

    /** Writes the responses of one month's runs, oldest first. */
    static void write(Writer out, YearMonth month, List<TrafficShape.Day> days, SampleRandom random) throws IOException {
        for (TrafficShape.Day day : days) {
            if (YearMonth.from(day.date()).equals(month) && day.units() > 0) {
                writeRun(out, day.date(), day.units(), random);
            }
        }
    }

    private static void writeRun(Writer out, LocalDate date, long requests, SampleRandom random) throws IOException {
        Instant start = date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(RUN_START_SECONDS);
        double step = (double) RUN_SECONDS / requests;
        for (long i = 0; i < requests; i++) {
            Instant created = start.plusSeconds((long) (i * step + random.uniform() * step));
            long document = random.logNormal(2_000, 0.55, 250, 14_000);
            long prompt = INSTRUCTIONS + document;
            // DeepSeek caches prompt prefixes in units of 64 tokens; the first request of a run writes the cache.
            long cached = i == 0 ? 0 : INSTRUCTIONS / 64 * 64;
            long completion = random.logNormal(560, 0.45, 40, 4_000);
            out.write("{\"id\":\"" + random.uuid() + "\",\"object\":\"chat.completion\",\"created\":"
                    + created.getEpochSecond() + ",\"model\":\"" + MODEL + "\",\"system_fingerprint\":\"" + FINGERPRINT
                    + "\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + prompt
                    + ",\"completion_tokens\":" + completion + ",\"total_tokens\":" + (prompt + completion)
                    + ",\"prompt_tokens_details\":{\"cached_tokens\":" + cached + "},\"prompt_cache_hit_tokens\":" + cached
                    + ",\"prompt_cache_miss_tokens\":" + (prompt - cached) + "}}\n");
        }
    }
}
