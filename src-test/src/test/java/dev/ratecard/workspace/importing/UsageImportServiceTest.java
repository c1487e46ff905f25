package dev.ratecard.workspace.importing;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.store.DatabaseContent;
import dev.ratecard.store.OpenOptions;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.WorkspaceDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files into a real workspace: preview, commit, refusal, skipping bad rows, re-imports, overlaps, time zones. */
class UsageImportServiceTest {
    private static final Path OPENROUTER = UsageFiles.fixture("openrouter-activity-csv/openrouter_activity_export.synthetic.csv");
    private static final Path REQUEST_LOG = UsageFiles.fixture("request-log-jsonl/mixed.jsonl");
    private static final String OPENROUTER_HEADER = "generation_id,created_at,cost_total,cost_web_search,cost_cache,"
            + "cost_file_processing,byok_usage_inference,tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,"
            + "model_permaslug,provider_name,variant,cancelled,streamed,user,finish_reason_raw,finish_reason_normalized,"
            + "generation_time_ms,time_to_first_token_ms,api_key_disabled,api_key_name,app_name\n";

    @TempDir
    Path folder;
    private WorkspaceDatabase database;
    private UsageImportService service;

    @BeforeEach
    void openWorkspace() {
        database = WorkspaceDatabase.open(folder.resolve("workspace.db"),
                OpenOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC)));
        service = new UsageImportService(database, ZoneOffset.UTC);
    }

    @AfterEach
    void closeWorkspace() {
        database.close();
    }

    @Test
    void previewWritesNothingAndCommitStoresWhatThePreviewCounted() throws Exception {
        DatabaseContent before = DatabaseContent.of(database.file());

        ImportResult.Imported preview = assertInstanceOf(ImportResult.Imported.class,
                service.preview(REQUEST_LOG, ImportOptions.defaults(), Progress.NONE));
        assertEquals(before, DatabaseContent.of(database.file()), "a preview leaves the workspace as it was");
        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class,
                service.commit(REQUEST_LOG, ImportOptions.defaults(), Progress.NONE));

        // mixed.jsonl: 7 lines, one blank; 5 responses with usage, 1 error response left out with a warning.
        assertTrue(preview.preview());
        assertEquals(UsageFormat.REQUEST_LOG, preview.read().format().format());
        assertTrue(preview.read().format().wasDetected());
        assertEquals(6, preview.read().summary().rowsRead());
        assertEquals(5, preview.batch().counts().inserted());
        assertEquals(0, preview.batch().counts().duplicates());
        assertEquals(preview.batch().counts(), imported.batch().counts());
        assertEquals(preview.batch().inserted(), imported.batch().inserted());
        assertEquals(5, database.usage().summary(UsageFilter.ALL).rows());
    }

    /** The second of two overlapping previews knows which rows the workspace already holds. */
    @Test
    void previewOfAnOverlappingExportTellsNewRowsFromRowsAlreadyStored() {
        service.commit(openRouterExport("march.csv", 1, 2, 3), ImportOptions.defaults(), Progress.NONE);

        ImportResult.Imported preview = assertInstanceOf(ImportResult.Imported.class,
                service.preview(openRouterExport("march-and-april.csv", 2, 3, 4, 5), ImportOptions.defaults(), Progress.NONE));

        assertEquals(2, preview.batch().counts().inserted());
        assertEquals(2, preview.batch().counts().duplicates());
    }

    /** Bad files from the readers' corpus: each is refused with its issue, and nothing at all is written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            negative-tokens.csv => negative-tokens.csv:3 column tokens_prompt, value "-5": negative count
            non-numeric-tokens.csv => non-numeric-tokens.csv:2 column tokens_prompt, value "lots": not a number
            truncated-page.json => truncated-page.json:18: truncated JSON: the file ends inside a value (column 87)
            notes.txt => notes.txt: not a format Ratecard knows: neither JSON nor CSV (the first line has no comma, semicolon, tab or | between columns)
            unclosed-quote.csv => unclosed-quote.csv:3: a quoted value is never closed (missing ")
            """)
    void aBadFileIsRefusedWithItsIssueAndTheWorkspaceIsUnchanged(String name, String firstIssue) throws Exception {
        service.commit(OPENROUTER, ImportOptions.defaults(), Progress.NONE);
        DatabaseContent before = DatabaseContent.of(database.file());

        ImportResult.Refused refused = assertInstanceOf(ImportResult.Refused.class,
                service.commit(UsageFiles.fixture("bad/" + name), ImportOptions.defaults(), Progress.NONE));

        assertEquals(firstIssue, refused.issues().getFirst().describe());
        assertEquals(before, DatabaseContent.of(database.file()));
    }

    /** many-bad-rows.csv: 250 rows, every one with a non-number in tokens_prompt. */
    @Test
    void aRefusedFileListsEveryBadRowNotOnlyTheFirst() {
        ImportResult.Refused refused = assertInstanceOf(ImportResult.Refused.class,
                service.commit(UsageFiles.fixture("bad/many-bad-rows.csv"), ImportOptions.defaults(), Progress.NONE));

        assertEquals(250, refused.read().summary().rowsRejected());
        assertTrue(refused.reason().startsWith("250 rows of 250 could not be read"), refused.reason());
    }

    @Test
    void skippingInvalidRowsStoresTheValidRowsAndKeepsTheIssuesWithTheBatch() {
        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class, service.commit(
                UsageFiles.fixture("bad/negative-tokens.csv"), ImportOptions.defaults().withSkipInvalidRows(true), Progress.NONE));

        // Line 2 (gen-1: 100 prompt, 10 completion) is stored; line 3 (gen-2, tokens_prompt -5) is not.
        assertEquals(1, imported.batch().counts().inserted());
        assertEquals(100, imported.batch().inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        List<ImportIssue> issues = database.batches().issues(imported.batch().id());
        assertEquals(List.of("negative-tokens.csv:3 column tokens_prompt, value \"-5\": negative count"),
                issues.stream().map(ImportIssue::describe).toList());
        assertEquals("true", imported.batch().readerOptions().get("skip_invalid_rows"));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        ImportResult.Imported first = assertInstanceOf(ImportResult.Imported.class,
                service.commit(OPENROUTER, ImportOptions.defaults(), Progress.NONE));
        DatabaseContent before = DatabaseContent.of(database.file());

        ImportResult.AlreadyImported again = assertInstanceOf(ImportResult.AlreadyImported.class,
                service.commit(OPENROUTER, ImportOptions.defaults(), Progress.NONE));

        assertEquals(first.batch().id(), again.existing().id());
        assertEquals(before, DatabaseContent.of(database.file()));
    }

    /** Generation ids 1–3, then 2–5: the second export adds only 4 and 5. */
    @Test
    void overlappingExportsDoNotCountARequestTwice() {
        service.commit(openRouterExport("march.csv", 1, 2, 3), ImportOptions.defaults(), Progress.NONE);

        ImportResult.Imported second = assertInstanceOf(ImportResult.Imported.class,
                service.commit(openRouterExport("march-and-april.csv", 2, 3, 4, 5), ImportOptions.defaults(), Progress.NONE));

        assertEquals(2, second.batch().counts().inserted());
        assertEquals(2, second.batch().counts().duplicates());
        // Each row has 100 prompt tokens: 5 distinct generations, 500 tokens, 5 requests.
        assertEquals(5, database.usage().summary(UsageFilter.ALL).rows());
        assertEquals(500, database.usage().summary(UsageFilter.ALL).totals().get(UsageBucket.UNCACHED_INPUT));
    }

    /** OpenAI usage buckets have no id: identical buckets of overlapping exports are matched by content. */
    @Test
    void overlappingExportsWithoutIdsDoNotCountABucketTwice() {
        String header = "start_time,end_time,model,input_tokens,output_tokens,num_model_requests\n";
        Path january = UsageFiles.write(folder, "usage-jan.csv", header
                + "1735689600,1735776000,gpt-4o,1000,100,2\n1735776000,1735862400,gpt-4o,2000,200,3\n");
        Path overlap = UsageFiles.write(folder, "usage-jan-2.csv", header
                + "1735776000,1735862400,gpt-4o,2000,200,3\n1735862400,1735948800,gpt-4o,4000,400,4\n");
        service.commit(january, ImportOptions.defaults(), Progress.NONE);

        ImportResult.Imported second = assertInstanceOf(ImportResult.Imported.class,
                service.commit(overlap, ImportOptions.defaults(), Progress.NONE));

        assertEquals(UsageFormat.OPENAI_USAGE_CSV, second.read().format().format());
        assertEquals(1, second.batch().counts().inserted());
        assertEquals(1000 + 2000 + 4000, database.usage().summary(UsageFilter.ALL).totals().get(UsageBucket.UNCACHED_INPUT));
    }

    /** OpenRouter writes 2026-03-16 10:36:33.511 without a zone; read in Berlin (UTC+1 in March) it is 09:36:33.511Z. */
    @Test
    void theNaiveTimeZoneComesFromTheOptionsAndIsRecordedWithTheBatch() {
        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class, service.commit(OPENROUTER,
                ImportOptions.defaults().withTimeZone(ZoneId.of("Europe/Berlin")), Progress.NONE));

        assertEquals(ZoneId.of("Europe/Berlin"), imported.batch().timeZone());
        assertEquals(ZoneId.of("Europe/Berlin"), database.batches().find(imported.batch().id()).orElseThrow().timeZone());
        assertEquals(Instant.parse("2026-03-16T09:36:33.511Z"), firstStoredStart());
    }

    /** Without a zone in the options, the settings' zone: New York is UTC−4 on 16 March 2026 (DST began 8 March). */
    @Test
    void withoutAZoneInTheOptionsTheSettingsZoneIsUsedAndRecorded() {
        UsageImportService inNewYork = new UsageImportService(database, ZoneId.of("America/New_York"));

        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class,
                inNewYork.commit(OPENROUTER, ImportOptions.defaults(), Progress.NONE));

        assertEquals(ZoneId.of("America/New_York"), imported.batch().timeZone());
        assertEquals(Instant.parse("2026-03-16T14:36:33.511Z"), firstStoredStart());
    }

    @Test
    void aColumnMappingIsSavedByNameAndReadsTheFileItWasMadeFor() throws Exception {
        MappingProfiles profiles = service.mappingProfiles();
        String profile = java.nio.file.Files.readString(UsageFiles.fixture("mapped-csv/team-usage.csv.options.json"));
        var mapping = profiles.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree(profile).get("mapping").toString());

        profiles.save(mapping);
        var loaded = profiles.load(mapping.name().toUpperCase(java.util.Locale.ROOT)).orElseThrow();
        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class, service.commit(
                UsageFiles.fixture("mapped-csv/team-usage.csv"), ImportOptions.defaults().withMapping(loaded)
                        .withDecimalSeparator(DecimalSeparator.COMMA), Progress.NONE));

        assertEquals(mapping, loaded);
        assertEquals(List.of(mapping.name()), profiles.names());
        assertEquals(UsageFormat.MAPPED_CSV, imported.read().format().format());
        assertEquals("mapped-csv:" + mapping.name(), imported.batch().request().sourceKind());
        assertTrue(imported.batch().counts().inserted() > 0);
    }

    /** A cancel in the middle of the read rolls the staged rows back. */
    @Test
    void cancellingAnImportLeavesTheWorkspaceUnchanged() throws Exception {
        service.commit(REQUEST_LOG, ImportOptions.defaults(), Progress.NONE);
        DatabaseContent before = DatabaseContent.of(database.file());
        Path large = openRouterExport("large.csv", Stream.iterate(1, i -> i + 1).limit(5_000).mapToInt(i -> i).toArray());

        assertThrows(ImportCancelledException.class, () -> service.commit(large, ImportOptions.defaults(), new Progress() {
            private int updates;

            @Override
            public void update(long done, long total) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 2;
            }
        }));

        assertEquals(before, DatabaseContent.of(database.file()));
    }

    @Test
    void aMissingFileIsRefusedWithoutTouchingTheWorkspace() {
        ImportResult.Refused refused = assertInstanceOf(ImportResult.Refused.class,
                service.commit(folder.resolve("gone.csv"), ImportOptions.defaults(), Progress.NONE));

        assertEquals("gone.csv: no such file", refused.issues().getFirst().describe());
        assertTrue(database.batches().list().isEmpty());
    }

    /** The reported cost of a preview is the file's: the three generations' cost_total, 0.02382175 + 0 + 0.0015. */
    @Test
    void thePreviewSummarisesTheFile() {
        ImportResult.Imported preview = assertInstanceOf(ImportResult.Imported.class,
                service.preview(OPENROUTER, ImportOptions.defaults(), Progress.NONE));

        assertEquals(0, new BigDecimal("0.02532175").compareTo(preview.read().summary().reportedCostByCurrency().get("USD")));
        assertEquals(Instant.parse("2026-03-16T10:36:33.511Z"), preview.read().summary().firstTime());
        assertEquals(ZoneOffset.UTC, preview.read().summary().naiveTimeZone());
    }

    private Instant firstStoredStart() {
        try (Stream<UsageRecord> rows = database.usage().stream(UsageFilter.ALL)) {
            return rows.map(UsageRecord::start).min(Instant::compareTo).orElseThrow();
        }
    }

    /** An OpenRouter activity export with one generation per id, each of 100 prompt and 10 completion tokens. */
    private Path openRouterExport(String name, int... ids) {
        StringBuilder csv = new StringBuilder(OPENROUTER_HEADER);
        for (int id : ids) {
            csv.append("gen-").append(id).append(",2026-03-16 10:").append(String.format("%02d", id % 60))
                    .append(":00.000,0.001,0,0,0,0,100,10,0,0,openai/gpt-4o,OpenAI,standard,false,true,,stop,stop,100,50,")
                    .append("false,key,app\n");
        }
        return UsageFiles.write(folder, name, csv.toString());
    }
}
