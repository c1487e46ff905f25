package dev.ratecard.report.csv;

import dev.ratecard.report.Report;
import dev.ratecard.report.ReportFiles;
import dev.ratecard.report.ReportFixtures;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV zip read back: one file per table, the engine's figures to the cent, hostile names neutralised. */
class CsvReportWriterTest {
    private static ScenarioResult engine;
    private static Map<String, String> headline;
    private static Map<String, String> hostile;

    @BeforeAll
    static void write() throws IOException {
        Report report = ReportFixtures.report(ReportFixtures.headline());
        engine = ReportFixtures.headline().result();
        headline = ReportFiles.unzip(ReportFiles.write(new CsvReportWriter(), report));
        hostile = ReportFiles.unzip(ReportFiles.write(new CsvReportWriter(), ReportFixtures.report(ReportFixtures.hostile())));
    }

    @Test
    void writesOneFilePerTableInReadingOrder() {
        assertEquals(List.of("report.csv", "summary.csv", "comparison.csv", "breakdown.csv", "break-even.csv", "sensitivity.csv",
                "projection.csv", "findings.csv", "assumptions.csv", "workload.csv", "caveats.csv"), List.copyOf(headline.keySet()));
    }

    @Test
    void monthlyCostsMatchTheEngineToTheCentAndToTheNanoDollar() throws IOException {
        List<CSVRecord> rows = records(headline.get("comparison.csv"));
        assertEquals(engine.options().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            OptionResult option = engine.options().get(i);
            BigDecimal written = new BigDecimal(rows.get(i).get("Per month"));
            assertEquals(option.name(), rows.get(i).get("Option"));
            assertEquals(option.monthly().rounded(2), written.setScale(2, RoundingMode.HALF_EVEN), option.name());
            assertEquals(0, option.monthly().amount().setScale(9, RoundingMode.HALF_EVEN).compareTo(written), option.name());
        }
        // By hand: 2 × $2.69 × 730 + 0.25 × $250,000 / 12 + $300 = $9,435.733333333…
        assertEquals("9435.733333333", rows.getFirst().get("Per month"));
    }

    @Test
    void theSummaryCarriesTheSavingAsNumbers() throws IOException {
        CSVRecord summary = records(headline.get("summary.csv")).getFirst();
        // $120 − $39.035 = $80.965 a month; × 12 = $971.58 a year.
        assertEquals("80.965", summary.get("Saving per month"));
        assertEquals("971.58", summary.get("Saving per year"));
        assertEquals("OpenRouter (monthly card top-up)", summary.get("Recommended"));
    }

    @Test
    void negativeNumbersAreWrittenUnquotedAndIntact() {
        // OpenRouter against the Together baseline: 39.035 − 120.
        assertTrue(headline.get("comparison.csv").contains(",39.035,-80.965,"), headline.get("comparison.csv"));
    }

    @Test
    void isUtf8WithoutAByteOrderMarkAndEndsLinesWithCrLf() {
        String text = headline.get("comparison.csv");
        assertFalse(text.startsWith("\uFEFF"));
        assertTrue(text.contains("2×H100"));
        assertTrue(text.startsWith("\"Scenario\",\"Option\",\"Kind\""));
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void hostileNamesAreNeutralisedSoNoSpreadsheetRunsThem() throws IOException {
        List<CSVRecord> rows = records(hostile.get("comparison.csv"));
        assertEquals("'=cmd|' /C calc'!A0", rows.getFirst().get("Scenario"));
        assertEquals(List.of("'+1", "'-2", "'@SUM(1)", "'\tleading tab", "line one\r\nline two", "<script>alert(1)</script>",
                "L" + "o".repeat(1998) + "g", "Привет Ωμέγα مرحبا بالعالم 中文模型"),
                rows.stream().map(r -> r.get("Option")).toList());
        // The option named "-2" costs $120 and sits on the baseline: its figures stay numbers, only names are prefixed.
        assertEquals("120", rows.get(1).get("Per month"));
        assertTrue(hostile.get("comparison.csv").contains("\"'@SUM(1)\",\"Hosted gateway\",\"qwen/qwen-2.5-72b-instruct\",39.035,-80.965,"));
    }

    @Test
    void noTextFieldOfAnyFileStartsAFormula() throws IOException {
        for (Map.Entry<String, String> file : hostile.entrySet()) {
            for (CSVRecord row : records(file.getValue())) {
                for (String field : row) {
                    boolean number = field.matches("-?\\d+(\\.\\d+)?");
                    assertTrue(number || field.isEmpty() || "=+-@\t\r\n".indexOf(field.charAt(0)) < 0,
                            file.getKey() + " has a field starting a formula: " + field);
                }
            }
        }
    }

    private static List<CSVRecord> records(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
