package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Awkward but valid ways of writing one OpenRouter export ({@code usage/tolerated/base.csv}): each variant
 * must read to exactly the records of the base file, and say how it was written (encoding, delimiter).
 */
class ToleratedVariantsTest {
    private final UsageImport usage = new UsageImport();

    private record Read(ReadSummary summary, List<UsageRecord> records) {
    }

    private Read read(String name) throws Exception {
        Path file = Fixtures.file("tolerated/" + name);
        assertEquals(UsageFormat.OPENROUTER_ACTIVITY_CSV, usage.detect(file).format(), "detected format of " + name);
        CollectingSink sink = new CollectingSink();
        ReadSummary summary = usage.read(file, ReadOptions.defaults(), sink, Progress.NONE);
        assertTrue(sink.issues.isEmpty(), () -> name + " has issues: " + sink.issues);
        return new Read(summary, sink.records);
    }

    /** The records without where they came from, which differs between variants. */
    private static List<JsonNode> withoutLines(Read read) {
        List<JsonNode> records = new ArrayList<>();
        GoldenForm.render(read.summary(), read.records(), List.of()).get("records")
                .forEach(r -> records.add(((ObjectNode) r.deepCopy()).without("line")));
        return records;
    }

    @Test
    void theBaseFileKeepsTheEuroSignAndTheQuotedComma() throws Exception {
        Read base = read("base.csv");
        assertEquals(3, base.records().size());
        assertEquals("Café €", base.records().get(0).tags().get("app"));
        assertEquals("Example App, Inc.", base.records().get(1).tags().get("app"));
        // tokens_prompt 87221 = cached 1600 + uncached 85621 (the golden OpenRouter file has the full check)
        assertEquals(85621, base.records().get(0).counts().get(UsageBucket.UNCACHED_INPUT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            utf8-bom.csv                    | UTF-8 with BOM         | ,   | 2 3 4
            utf16le-bom.csv                 | UTF-16LE with BOM      | ,   | 2 3 4
            utf16be-bom.csv                 | UTF-16BE with BOM      | ,   | 2 3 4
            windows-1252.csv                | Windows-1252 (byte 568 is not UTF-8) | , | 2 3 4
            crlf.csv                        | UTF-8                  | ,   | 2 3 4
            no-final-newline.csv            | UTF-8                  | ,   | 2 3 4
            tab.tsv                         | UTF-8                  | TAB | 2 3 4
            semicolon-decimal-comma.csv     | UTF-8                  | ;   | 2 3 4
            thousands-and-currency.csv      | UTF-8                  | ,   | 2 3 4
            float-counts-and-flags.csv      | UTF-8                  | ,   | 2 3 4
            reordered-cased-extra.csv       | UTF-8                  | ,   | 2 3 4
            quoted-newline-blank-lines.csv  | UTF-8                  | ,   | 2 4 6
            gzip.csv.gz                     | gzip, UTF-8            | ,   | 2 3 4
            """)
    void readsLikeTheBaseFile(String variant, String encoding, String delimiter, String lines) throws Exception {
        Read base = read("base.csv");
        Read read = read(variant);
        assertEquals(withoutLines(base), withoutLines(read));
        assertEquals(encoding, read.summary().encoding());
        assertEquals(delimiter.equals("TAB") ? '\t' : delimiter.charAt(0), read.summary().delimiter());
        assertEquals(lines, read.records().stream().map(r -> Long.toString(r.source().line())).collect(Collectors.joining(" ")),
                "first line of each row (a quoted newline makes a row two lines long; blank lines are skipped)");
    }
}
