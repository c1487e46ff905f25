package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.Fixtures;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.List;

import static dev.ratecard.importers.prices.Fixtures.assertSameAmount;
import static dev.ratecard.importers.prices.Fixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-made CSV sheet: any bad cell rejects the sheet; each test says what its input gets. */
class RatecardCsvSheetReaderTest {
    private static final String HEADER = "provider,model,input,output,source,as_of\n";
    private final RatecardCsvSheetReader reader = new RatecardCsvSheetReader();

    private PriceSheetRead read(String csv) throws Exception {
        return Fixtures.read(reader, "rates.csv", csv, ReadContext.NONE);
    }

    private List<String> problems(String csv) {
        return rejected(() -> read(csv)).stream().map(ImportIssue::describe).toList();
    }

    @Test
    void readsTokenRatesPerMillionAndNamesTheSheetAfterTheFile() throws Exception {
        PriceSheetRead read = read(HEADER + "openai,gpt-4o,2.50,10.00,https://platform.openai.com/docs/pricing,2026-07-24\n");
        PriceEntry entry = read.sheet().entries().get(0);
        // $2.50 per 1M tokens = $0.0000025 per token.
        assertSameAmount("0.0000025", entry.rates().get(UsageBucket.UNCACHED_INPUT));
        assertSameAmount("10", entry.rates().perMillion(UsageBucket.OUTPUT_TEXT));
        assertEquals("rates", read.sheet().id());
        assertEquals("rates", read.sheet().name());
    }

    @Test
    void rejectsBadCellsNamingLineColumnValueAndReason() {
        String csv = HEADER + """
                openai,gpt-4o,-2.50,10,https://x,2026-07-24
                openai,gpt-4.1,two,8,https://x,2026-07-24
                ,gpt-5,1,8,https://x,2026-07-24
                openai,o3,2,8,https://x,24.07.2026
                openai,o4,,,https://x,2026-07-24
                openai,o5,1,2,https://x,2026-07-24,surplus
                """;
        // Gets: every problem of every row, the sheet rejected; nothing half-read is returned.
        assertEquals(List.of(
                "rates.csv:2 column input, value \"-2.50\": negative rate; a rate is never below zero",
                "rates.csv:3 column input, value \"two\": not a number; write a rate such as 2.50 (per 1M tokens for token columns)",
                "rates.csv:4 column provider: empty; this column is required in every row",
                "rates.csv:5 column as_of, value \"24.07.2026\": not a date in the form YYYY-MM-DD",
                "rates.csv:6: the row has no rate; give at least one",
                "rates.csv:7, value \"surplus\": the row has 7 cells but the header names 6 columns"), problems(csv));
    }

    @Test
    void rejectsAHeaderWithoutRequiredOrRateColumns() {
        // Gets: one error per missing column, on line 1.
        assertEquals(List.of(
                "rates.csv:1 column source: the header has no source column, which is required",
                "rates.csv:1 column as_of: the header has no as_of column, which is required",
                "rates.csv:1: the header has no rate column (uncached_input or input, output_text or output, cache_read, …)"),
                problems("provider,model,notes\nopenai,gpt-4o,x\n"));
    }

    @Test
    void rejectsAColumnNamedTwiceOrARateGivenTwice() {
        assertEquals(List.of(
                "rates.csv:1 column model, value \"MODEL\": the header names this column twice",
                "rates.csv:1 column uncached_input, value \"uncached_input\": gives the uncached_input rate a second time (also column input)"),
                problems("provider,model,MODEL,input,uncached_input,source,as_of\n"));
    }

    @Test
    void rejectsTheSameModelTwice() {
        assertEquals(List.of("rates.csv:3 column model, value \"gpt-4o\": the sheet already prices openai gpt-4o on line 2"),
                problems(HEADER + "openai,gpt-4o,2.5,10,https://x,2026-07-24\nopenai,gpt-4o,2,8,https://x,2026-07-24\n"));
    }

    @Test
    void rejectsAnEmptyFileAHeaderWithoutRowsAndAnUnclosedQuote() {
        assertEquals(List.of("rates.csv: the file is empty; expected a header row naming provider, model, source, as_of "
                + "and rate columns"), problems(""));
        assertEquals(List.of("rates.csv: the sheet has a header but no rows"), problems(HEADER));
        List<ImportIssue> unclosed = rejected(() -> read(HEADER + "openai,\"gpt-4o,2.5,10,https://x,2026-07-24\n"));
        assertTrue(unclosed.get(0).reason().startsWith("malformed CSV: "), unclosed.get(0).reason());
    }

    @Test
    void readsAWindows1252FileAndSaysSo() throws Exception {
        // "Café tier" in Windows-1252 is not valid UTF-8 (é is the single byte E9).
        byte[] bytes = (HEADER.replace("\n", ",plan\n") + "mistral,mistral-small,0.1,0.3,https://mistral.ai,2026-07-01,Café tier\n")
                .getBytes(Charset.forName("windows-1252"));
        PriceSheetRead read = reader.read(new SheetInput("rates.csv", bytes, ReadContext.NONE));
        assertEquals("Café tier", read.sheet().entries().get(0).extra().get("plan"));
        assertEquals("the file is not UTF-8; it was read as Windows-1252", read.issues().get(0).reason());
    }

    @Test
    void readsDecimalCommasOnlyWhereCommaIsNotTheDelimiter() throws Exception {
        // With ';' between cells, "2,5" can only be a decimal comma: $2.50 per 1M.
        PriceSheetRead read = read("provider;model;input;source;as_of\nopenai;gpt-4o;2,5;https://x;2026-07-24\n");
        assertSameAmount("2.5", read.sheet().entries().get(0).rates().perMillion(UsageBucket.UNCACHED_INPUT));
    }

    @Test
    void picksTheDelimiterAsUsageFilesDoSoAPipeSeparatedSheetReads() throws Exception {
        // The same sniffer as usage CSVs: '|' counts too. "0,15" is a decimal comma: $0.15 per 1M.
        PriceSheetRead read = read("Provider|Model|Input|Output|Source|As_Of\nmistral|mistral-small|0,15|0.6|https://x|2026-07-24\n");
        PriceEntry entry = read.sheet().entries().get(0);
        assertEquals("mistral-small", entry.model());
        assertSameAmount("0.15", entry.rates().perMillion(UsageBucket.UNCACHED_INPUT));
        assertSameAmount("0.6", entry.rates().perMillion(UsageBucket.OUTPUT_TEXT));
    }
}
