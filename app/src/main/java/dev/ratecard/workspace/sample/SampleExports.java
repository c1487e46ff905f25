package dev.ratecard.workspace.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the sample workspace's usage exports: for each of three months, the chatbot's OpenRouter activity CSV,
 * the pipeline's DeepSeek request log and the coding team's Anthropic usage report, about 100M tokens a month in
 * all, growing about 7 % a month. Deterministic: the same months and seed give the same bytes.
 */
public final class SampleExports {
    /** The months the sample covers. */
    public static final int MONTHS = 3;

    private SampleExports() {
    }

    /** One written file, the month it holds and the workload it is of. */
    public record Export(Path file, YearMonth month, Workload workload) {
        public Export {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(workload, "workload");
        }
    }

    /** Writes one month of a workload's export. */
    @FunctionalInterface
    private interface MonthWriter {
        void write(Writer out, YearMonth month, List<TrafficShape.Day> days, SampleRandom random) throws IOException;
    }

    /** The three workloads of the sample, with the format each is exported in. */
    public enum Workload {
        SUPPORT_CHATBOT("openrouter-activity", ".csv", ChatbotExport.SHAPE, ChatbotExport.REQUESTS_PER_MONTH,
                ChatbotExport::write),
        DOCUMENT_PIPELINE("deepseek-requests", ".jsonl", PipelineExport.SHAPE, PipelineExport.REQUESTS_PER_MONTH,
                PipelineExport::write),
        CODING_ASSISTANT("anthropic-usage-report", ".json", CodingExport.SHAPE, CodingExport.SESSIONS_PER_MONTH,
                CodingExport::write);

        private final String fileStem;
        private final String extension;
        private final TrafficShape shape;
        private final double unitsPerMonth;
        private final MonthWriter writer;

        Workload(String fileStem, String extension, TrafficShape shape, double unitsPerMonth, MonthWriter writer) {
            this.fileStem = fileStem;
            this.extension = extension;
            this.shape = shape;
            this.unitsPerMonth = unitsPerMonth;
            this.writer = writer;
        }

        String fileName(YearMonth month) {
            return fileStem + "-" + month + extension;
        }
    }

    /**
     * Writes the exports of {@code MONTHS} months from {@code first} into {@code folder}, month by month, and returns
     * them in that order (the order to import them in).
     */
    public static List<Export> write(Path folder, YearMonth first, long seed) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(first, "first");
        Map<Workload, SampleRandom> randoms = new EnumMap<>(Workload.class);
        Map<Workload, List<TrafficShape.Day>> days = new EnumMap<>(Workload.class);
        for (Workload workload : Workload.values()) {
            // Each workload draws from its own stream, so that changing one leaves the others' bytes alone.
            SampleRandom random = new SampleRandom(seed * 31 + workload.ordinal());
            randoms.put(workload, random);
            days.put(workload, workload.shape.days(first, MONTHS, workload.unitsPerMonth, random));
        }
        List<Export> exports = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            for (Workload workload : Workload.values()) {
                Path file = folder.resolve(workload.fileName(month));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    workload.writer.write(out, month, days.get(workload), randoms.get(workload));
                }
                exports.add(new Export(file, month, workload));
            }
        }
        return List.copyOf(exports);
    }
}
