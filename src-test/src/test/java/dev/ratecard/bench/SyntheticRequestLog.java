package dev.ratecard.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A JSONL request log as a proxy writes one: a mix of OpenAI Chat Completions (gpt-4o, gpt-4o-mini), OpenAI
 * Responses (o4-mini, gpt-4.1, with reasoning) and Anthropic Messages wrapped with the request and a timestamp
 * (claude-sonnet-4, claude-haiku-4-5, with cache reads and writes), each with a short answer, over three months.
 * Reproducible (fixed seed); every model is in a bundled direct sheet, so pricing it is complete.
 */
final class SyntheticRequestLog {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final long SPAN_SECONDS = 90L * 24 * 3600;

    private SyntheticRequestLog() {
    }

    static Path write(Path file, int lines) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        long step = SPAN_SECONDS / lines;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                long created = START.getEpochSecond() + i * step;
                int kind = random.nextInt(10);
                out.write(kind < 4 ? chat(i, created, random) : kind < 7 ? responses(i, created, random)
                        : messages(i, created, random));
                out.write('\n');
            }
        }
        return file;
    }

    private static String chat(int i, long created, SplittableRandom random) {
        int prompt = 200 + random.nextInt(12_000);
        int cached = random.nextInt(3) == 0 ? prompt / 2 : 0;
        int completion = 20 + random.nextInt(1_200);
        return "{\"id\":\"chatcmpl-" + i + "\",\"object\":\"chat.completion\",\"created\":" + created + ",\"model\":\""
                + (i % 2 == 0 ? "gpt-4o-2024-08-06" : "gpt-4o-mini") + "\",\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"The invoice total is correct; the tax line rounds half even.\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":"
                + completion + ",\"total_tokens\":" + (prompt + completion) + ",\"prompt_tokens_details\":{\"cached_tokens\":"
                + cached + ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
                + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
                + "\"system_fingerprint\":\"fp_07871e2ad8\"}";
    }

    private static String responses(int i, long created, SplittableRandom random) {
        int input = 500 + random.nextInt(20_000);
        int cached = random.nextInt(2) == 0 ? (input / 1024) * 512 : 0;
        int reasoning = random.nextInt(4_000);
        int output = reasoning + 50 + random.nextInt(800);
        return "{\"id\":\"resp_" + i + "\",\"object\":\"response\",\"created_at\":" + created + ",\"status\":\"completed\","
                + "\"model\":\"" + (i % 3 == 0 ? "gpt-4.1" : "o4-mini") + "\",\"output\":[{\"type\":\"message\",\"role\":"
                + "\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Three routes compared; the gateway adds 5.5%.\"}]}],"
                + "\"usage\":{\"input_tokens\":" + input + ",\"input_tokens_details\":{\"cached_tokens\":" + cached + "},"
                + "\"output_tokens\":" + output + ",\"output_tokens_details\":{\"reasoning_tokens\":" + reasoning + "},"
                + "\"total_tokens\":" + (input + output) + "}}";
    }

    private static String messages(int i, long created, SplittableRandom random) {
        String model = i % 2 == 0 ? "claude-sonnet-4-20250514" : "claude-haiku-4-5";
        int uncached = 10 + random.nextInt(3_000);
        int write = random.nextInt(4) == 0 ? 1_000 + random.nextInt(5_000) : 0;
        int read = random.nextInt(2) == 0 ? random.nextInt(40_000) : 0;
        int output = 20 + random.nextInt(2_000);
        return "{\"timestamp\":\"" + Instant.ofEpochSecond(created) + "\",\"request\":{\"model\":\"" + model + "\","
                + "\"max_tokens\":4096},\"response\":{\"id\":\"msg_" + i + "\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"" + model + "\",\"content\":[{\"type\":\"text\",\"text\":\"Self-hosting breaks even at 2.1B tokens a month.\"}],"
                + "\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":" + uncached + ",\"cache_creation_input_tokens\":"
                + write + ",\"cache_read_input_tokens\":" + read + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":"
                + write + ",\"ephemeral_1h_input_tokens\":0},\"output_tokens\":" + output + ",\"service_tier\":\"standard\"}}}";
    }
}
