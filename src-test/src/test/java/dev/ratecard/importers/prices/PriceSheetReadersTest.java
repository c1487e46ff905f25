package dev.ratecard.importers.prices;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.ratecard.importers.prices.Fixtures.rejected;
import static dev.ratecard.importers.prices.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceSheetReadersTest {
    private final PriceSheetReaders readers = new PriceSheetReaders();

    private PriceSheetRead read(String fileName, String text, PriceSheetFormat format) throws Exception {
        return readers.read(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format,
                ReadContext.NONE.withAsOf(LocalDate.of(2026, 8, 1)));
    }

    private List<String> reasons(String fileName, String text, PriceSheetFormat format) {
        return rejected(() -> read(fileName, text, format)).stream().map(ImportIssue::reason).toList();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            litellm/core_models.json,                     LITELLM
            openrouter/openrouter_models_2026-08-01.json, OPENROUTER
            portkey/portkey_pricing_excerpt.json,         PORTKEY
            portkey/anthropic.json,                       PORTKEY
            ratecard-json/negotiated-openai.json,         RATECARD_JSON
            ratecard-csv/negotiated-rates.csv,            RATECARD_CSV
            ratecard-csv/excel-export.csv,                RATECARD_CSV
            """)
    void detectsTheFormatFromTheContent(String fixture, PriceSheetFormat format) throws Exception {
        assertEquals(format, readers.detectFormat(fixture, resource(fixture)));
    }

    @Test
    void refusesAFileThatIsNotTheFormatAskedFor() {
        // Gets: one error naming what the file looks like and what was asked.
        List<ImportIssue> issues = rejected(() -> readers.read("core_models.json",
                new ByteArrayInputStream(resource("litellm/core_models.json")), PriceSheetFormat.OPENROUTER, ReadContext.NONE));
        assertEquals(List.of("the file looks like a LiteLLM price map, not an OpenRouter models list as asked"),
                issues.stream().map(ImportIssue::reason).toList());
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals(List.of("not a price sheet Ratecard reads: the file is empty"), reasons("prices.json", " \n", null));
    }

    @Test
    void refusesTruncatedJsonWithTheLineWhereItStops() {
        List<ImportIssue> issues = rejected(() -> read("prices.json", "{\"data\": [\n  {\"id\": \"a/b\", \"pricing\": {\"prompt\":",
                null));
        assertEquals(2, issues.get(0).where().line());
        assertTrue(issues.get(0).reason().startsWith("the JSON ends before it is complete"), issues.get(0).reason());
    }

    @Test
    void refusesFilesOfOtherKinds() {
        // Gets, in turn: a usage-log-like JSON array, a gateway fee file, a JSON object of nothing known, plain text.
        assertEquals(List.of("not a price sheet Ratecard reads: the file is a JSON array; price sheets are JSON objects "
                + "(is it a usage log?)"), reasons("usage.json", "[{\"model\": \"gpt-4o\"}]", null));
        assertEquals(List.of("this file holds gateway fee models (ratecard-gateways), not a price sheet"),
                reasons("fees.json", "{\"format\": \"ratecard-gateways\", \"version\": 1, \"gateways\": []}", null));
        assertEquals(List.of("not a price sheet Ratecard reads: a JSON object that is none of the price sheets Ratecard "
                + "reads (LiteLLM, OpenRouter, Portkey or a Ratecard sheet with a \"format\")"),
                reasons("other.json", "{\"name\": \"x\", \"rows\": [1, 2]}", null));
        assertEquals(List.of("not a price sheet Ratecard reads: neither a JSON price sheet nor a CSV file whose header "
                + "names provider and model columns"), reasons("notes.txt", "date,amount\n2026-07-01,3\n", null));
    }

    @Test
    void letsTheAskedReaderExplainAFileOfNoKnownKind() {
        // A Ratecard sheet that lost its format member: asked for as one, the sheet reader says what is missing.
        assertEquals(List.of("missing or not text; expected \"ratecard-price-sheet\""),
                reasons("mine.json", "{\"version\": 1, \"entries\": [{}]}", PriceSheetFormat.RATECARD_JSON));
    }

    @Test
    void datesASheetThatSaysNothingByItsFilesModificationDay(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("prices.json");
        Files.writeString(file, "{\"m\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-06}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-07-30T10:00:00Z")));
        PriceSheetRead read = readers.read(file);
        assertEquals(LocalDate.of(2026, 7, 30), read.sheet().provenance().asOf());
        assertEquals("the file states no date; its as-of date is the day the file was last modified",
                read.issues().get(0).reason());
    }

    @Test
    void reportsProgressInBytesUpToTheWholeFile() throws Exception {
        byte[] content = resource("litellm/core_models.json");
        List<long[]> updates = new ArrayList<>();
        Progress recorder = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        readers.read("core_models.json", new ByteArrayInputStream(content), null, ReadContext.NONE.withProgress(recorder));
        long[] last = updates.get(updates.size() - 1);
        assertEquals(content.length, last[0]);
        assertEquals(content.length, last[1]);
    }

    @Test
    void refusesTrailingContentAfterTheSheet() {
        // Gets: an error at the line of the stray text, rather than a silently ignored second document.
        List<ImportIssue> issues = rejected(() -> read("prices.json",
                "{\"m\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-06}}\n{\"again\": 1}", null));
        assertEquals("unexpected content after the end of the top-level JSON value", issues.get(0).reason());
        assertEquals(2, issues.get(0).where().line());
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(ImportCancelledException.class, () -> readers.read("core_models.json",
                new ByteArrayInputStream(resource("litellm/core_models.json")), null,
                ReadContext.NONE.withProgress(cancelled)));
    }
}
