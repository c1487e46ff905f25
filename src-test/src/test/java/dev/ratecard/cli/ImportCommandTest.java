package dev.ratecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ratecard import}, run in-process against a workspace in a temporary folder. */
class ImportCommandTest {
    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("workspace.db").toString();
    }

    @Test
    void eachFileSaysWhatItIsWhatItHoldsAndWhatBecameOfIt() {
        CliRun run = CliRun.of("import", fixture("openrouter-activity-csv/openrouter_activity_export.synthetic.csv"),
                fixture("request-log-jsonl/mixed.jsonl"), "--db", db());

        assertEquals(0, run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals("openrouter_activity_export.synthetic.csv: imported as batch 1", lines.get(0));
        assertTrue(lines.contains("  format     openrouter-activity-csv (detected, high confidence: generation_id, created_at and"
                + " tokens_prompt columns (OpenRouter activity export))"), run::toString);
        assertTrue(lines.contains("  rows       3 read: 3 new, 0 already in the workspace"), run::toString);
        assertTrue(lines.contains("  dates      2026-03-16 10:36:33 – 2026-03-16 10:38:20 UTC"), run::toString);
        assertTrue(lines.contains("  time zone  UTC (the file's times carry no zone and were read in it)"), run::toString);
        // 87,221 + 10,389 + 10 prompt tokens, less 1,600 + 3 cached: 96,017 uncached.
        assertTrue(lines.contains("  tokens     uncached_input 96,017 · cache_read 1,603 · output_text 172 · reasoning 5 · requests 3"),
                run::toString);
        assertTrue(lines.contains("mixed.jsonl: imported as batch 2"), run::toString);
    }

    @Test
    void aDryRunReportsNewRowsAndWritesNothing() {
        String file = fixture("openrouter-activity-csv/openrouter_activity_export.synthetic.csv");

        CliRun run = CliRun.of("import", file, "--dry-run", "--json", "--db", db());

        assertEquals(0, run.exit(), run::toString);
        JsonNode result = run.json().get("files").get(0);
        assertEquals("would_import", result.get("status").asText());
        assertEquals(3, result.get("rows_new").asLong());
        assertEquals(0, result.get("rows_already_in_workspace").asLong());
        assertEquals("0.02532175", result.get("reported_cost").get("USD").asText());
        assertTrue(run.json().get("dry_run").asBoolean());
        assertEquals(0, CliRun.of("batches", "--json", "--db", db()).json().get("batches").size());
    }

    /** One bad file among good ones: the good ones are imported, the bad one refused with its issue; exit 1. */
    @Test
    void aRefusedFileExitsWithOneAndTheOthersAreStillImported() {
        CliRun run = CliRun.of("import", fixture("bad/negative-tokens.csv"), fixture("request-log-jsonl/mixed.jsonl"),
                "--db", db());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("negative-tokens.csv: refused, nothing was written: 1 row of 2 could not be read"),
                run::toString);
        assertTrue(run.out().contains("    error: negative-tokens.csv:3 column tokens_prompt, value \"-5\": negative count"),
                run::toString);
        assertTrue(run.out().contains("mixed.jsonl: imported as batch 1"), run::toString);
    }

    @Test
    void skippingInvalidRowsImportsTheRestAndKeepsTheIssue() {
        CliRun run = CliRun.of("import", fixture("bad/negative-tokens.csv"), "--skip-invalid-rows", "--db", db());

        assertEquals(0, run.exit(), run::toString);
        CliRun shown = CliRun.of("batches", "show", "1", "--db", db());
        assertTrue(shown.out().contains("  rows       2 read, 1 stored, 0 already in the workspace, 1 with issues"), shown::toString);
        assertTrue(shown.out().contains("    error: negative-tokens.csv:3 column tokens_prompt, value \"-5\": negative count"),
                shown::toString);
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        String file = fixture("request-log-jsonl/mixed.jsonl");
        CliRun.of("import", file, "--db", db());

        CliRun again = CliRun.of("import", file, "--db", db());

        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().startsWith("mixed.jsonl: already imported as batch 1 (mixed.jsonl, "), again::toString);
        assertTrue(again.out().contains("; nothing changed"), again::toString);
    }

    /** 10:36:33.511 in Berlin (UTC+1 in March) is 09:36:33.511 UTC. */
    @Test
    void theTimeZoneOptionReadsZoneLessTimesAndIsRecorded() {
        CliRun run = CliRun.of("import", fixture("openrouter-activity-csv/openrouter_activity_export.synthetic.csv"),
                "--time-zone", "Europe/Berlin", "--json", "--db", db());

        JsonNode result = run.json().get("files").get(0);
        assertEquals("Europe/Berlin", result.get("time_zone").asText());
        assertEquals("2026-03-16T09:36:33.511Z", result.get("first").asText());
        assertEquals("Europe/Berlin", CliRun.of("batches", "--json", "--db", db()).json().get("batches").get(0)
                .get("time_zone").asText());
    }

    /** A profile file is saved in the workspace under its own name, so that the next import can name it. */
    @Test
    void aMappingProfileFileIsSavedAndCanThenBeNamed() throws Exception {
        JsonNode options = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Path.of(fixture("mapped-csv/team-usage.csv.options.json")).toFile());
        Path profile = Files.writeString(folder.resolve("team.json"), options.get("mapping").toString());
        Path copy = Files.writeString(folder.resolve("team-usage-2.csv"),
                "Datum;Modell;Anbieter;Eingabe;Davon Cache;Ausgabe;Kosten (Cent);Projekt;Anfrage\n"
                        + "16.01.2025 09:00;gpt-4o;openai;1.000;0;100;0,35;alpha;r-99\n");

        CliRun first = CliRun.of("import", fixture("mapped-csv/team-usage.csv"), "--mapping", profile.toString(),
                "--decimal-separator", "comma", "--db", db());
        CliRun second = CliRun.of("import", copy.toString(), "--mapping", "team usage sheet", "--decimal-separator", "comma",
                "--json", "--db", db());

        assertEquals(0, first.exit(), first::toString);
        assertEquals(0, second.exit(), second::toString);
        JsonNode result = second.json().get("files").get(0);
        assertEquals("mapped-csv", result.get("format").asText());
        assertEquals(1000, result.get("tokens").get("uncached_input").asLong());
    }

    @Test
    void anUnknownMappingNameIsBadUsage() {
        CliRun run = CliRun.of("import", fixture("mapped-csv/team-usage.csv"), "--mapping", "nobody's layout", "--db", db());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("no mapping profile \"nobody's layout\" is saved in this workspace (saved: none)"),
                run::toString);
    }

    /** With --progress and stderr not a terminal, one line per percent on stderr; stdout keeps only the result. */
    @Test
    void progressGoesToStderrAsLinesWhenAskedFor() {
        CliRun run = CliRun.of("import", fixture("request-log-jsonl/mixed.jsonl"), "--progress", "--json", "--db", db());

        assertEquals(0, run.exit(), run::toString);
        List<String> progress = run.err().lines().toList();
        assertTrue(progress.getFirst().startsWith("progress: mixed.jsonl 0% ("), run::toString);
        assertTrue(progress.getLast().startsWith("progress: mixed.jsonl 100% ("), run::toString);
        assertEquals("imported", run.json().get("files").get(0).get("status").asText());
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        assertEquals(2, CliRun.of("import").exit(), "no file");
        assertEquals(2, CliRun.of("import", "x.csv", "--format", "excel").exit());
        assertEquals(2, CliRun.of("import", "x.csv", "--decimal-separator", "semicolon").exit());
    }

    static String fixture(String relative) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/dev/ratecard/importers/usage/" + relative).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
