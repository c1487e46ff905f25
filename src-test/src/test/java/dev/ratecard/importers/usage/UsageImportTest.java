package dev.ratecard.importers.usage;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageImportTest {
    private final UsageImport usage = new UsageImport();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            request-log-jsonl/mixed.jsonl                                 | request-log-jsonl        | HIGH   | an API response with a usage object (prompt_tokens: OpenAI Chat Completions style)
            openai-usage-csv/no-usage-period.csv                          | openai-usage-csv         | LOW    | only start_time, end_time and their ISO forms: what OpenAI exports for a period without usage (its cost export looks the same when empty)
            openrouter-activity-csv/older-export.csv                      | openrouter-activity-csv  | HIGH   | generation_id, created_at and tokens_prompt columns (OpenRouter activity export)
            bedrock-invocation-jsonl/cloudwatch-and-s3.jsonl              | bedrock-invocation-jsonl | HIGH   | CloudWatch events whose message is a Bedrock ModelInvocationLog
            langfuse-observations-csv/observations.csv                    | langfuse-observations-csv| MEDIUM | usage_details / cost_details columns (Langfuse observations export)
            mapped-csv/team-usage.csv                                     | mapped-csv               | LOW    | no built-in reader knows the columns Datum, Modell, Anbieter, Eingabe, Davon Cache, Ausgabe, Kosten (Cent), Projekt, Anfrage; map them to time, model and token columns
            """)
    void detectsTheFormatWithAConfidenceAndTheReason(String file, String format, Confidence confidence, String reason) throws Exception {
        Detection detection = usage.detect(Fixtures.file(file));
        assertEquals(format, detection.format().id());
        assertEquals(confidence, detection.confidence());
        assertEquals(reason, detection.reason());
    }

    @Test
    void aFormatGivenByTheCallerOverridesDetection() {
        // The Helicone CSV read as a LiteLLM export: it has model and token columns but no startTime, and the
        // refusal names that column.
        ImportException refused = assertThrows(ImportException.class, () -> usage.read(
                Fixtures.file("helicone-csv/helicone_export.synthetic.csv"),
                ReadOptions.defaults().withFormat(UsageFormat.LITELLM_SPENDLOGS_CSV), new CollectingSink(), Progress.NONE));
        assertEquals(1, refused.issues().size());
        assertEquals("startTime", refused.issues().get(0).column());
        assertTrue(refused.issues().get(0).reason().startsWith("missing required column (also accepted: start_time);"));
    }

    @Test
    void readsAFormatByItsStableId() {
        assertEquals(UsageFormat.OPENAI_USAGE_CSV, UsageFormat.fromId("OpenAI-Usage-CSV ").orElseThrow());
        assertTrue(UsageFormat.fromId("excel").isEmpty());
        assertTrue(UsageFormat.ids().startsWith("request-log-jsonl, openai-usage-json, "));
    }

    @Test
    void reportsTheZoneZonelessTimesWereReadIn() throws Exception {
        Path file = Fixtures.file("openrouter-activity-csv/openrouter_activity_export.synthetic.csv");
        ReadSummary tokyo = usage.read(file, ReadOptions.defaults().withNaiveTimeZone(ZoneId.of("Asia/Tokyo")), new CollectingSink(), Progress.NONE);
        assertEquals(ZoneId.of("Asia/Tokyo"), tokyo.naiveTimeZone());
        // 2026-03-16 10:36:33.511 in Tokyo (UTC+9) is 01:36:33.511 UTC.
        assertEquals("2026-03-16T01:36:33.511Z", tokyo.firstTime().toString());
        ReadSummary zoned = usage.read(Fixtures.file("bedrock-invocation-jsonl/bedrock_invocation_log.synthetic.jsonl"),
                ReadOptions.defaults().withNaiveTimeZone(ZoneId.of("Asia/Tokyo")), new CollectingSink(), Progress.NONE);
        assertNull(zoned.naiveTimeZone(), "every time in the Bedrock log has its zone");
    }

    private Path bigCsv(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,model,prompt_tokens,completion_tokens\n");
        for (int i = 0; i < rows; i++) {
            csv.append("2025-11-25T16:00:00Z,gpt-4o-mini,").append(i).append(",1\n");
        }
        return Files.writeString(dir.resolve("big.csv"), csv);
    }

    private static ColumnMapping simpleMapping() {
        return MappingSuggester.suggest("big", List.of("timestamp", "model", "prompt_tokens", "completion_tokens")).mapping();
    }

    @Test
    void reportsProgressInBytesUpToTheFileSize() throws Exception {
        Path file = bigCsv(20_000);
        List<long[]> updates = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[]{done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        usage.read(file, ReadOptions.defaults().withMapping(simpleMapping()), new CollectingSink(), progress);
        long size = Files.size(file);
        assertTrue(updates.size() > 10, updates.size() + " updates");
        for (int i = 1; i < updates.size(); i++) {
            assertTrue(updates.get(i)[0] >= updates.get(i - 1)[0], "progress never goes back");
            assertEquals(size, updates.get(i)[1]);
        }
        assertEquals(size, updates.get(updates.size() - 1)[0], "ends at the whole file");
    }

    @Test
    void streamsRecordsAsItReadsAndStopsWhenCancelled() throws Exception {
        Path file = bigCsv(20_000);
        List<UsageRecord> seen = new ArrayList<>();
        UsageSink sink = seen::add;
        Progress cancelAfter3000 = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return seen.size() >= 3000;
            }
        };
        assertThrows(ImportCancelledException.class,
                () -> usage.read(file, ReadOptions.defaults().withMapping(simpleMapping()), sink, cancelAfter3000));
        // Records reached the sink before the end of the file, and the read stopped within one progress step.
        assertTrue(seen.size() >= 3000 && seen.size() < 3000 + 1024, seen.size() + " records");
    }

    @Test
    void aMappedCsvWithoutAMappingIsRefusedWithWhatItNeeds() {
        ImportException refused = assertThrows(ImportException.class, () -> usage.read(
                Fixtures.file("mapped-csv/team-usage.csv"), ReadOptions.defaults(), new CollectingSink(), Progress.NONE));
        assertEquals("no built-in reader knows this CSV; it needs a column mapping (which column is the time, the model,"
                + " each token count, the cost)", refused.issues().get(0).reason());
    }
}
