package dev.ratecard.importers.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CsvTable} reads CSV as Commons CSV's RFC 4180 format does (which it replaced, for speed): the same rows,
 * fields and first lines, and the same problem on the same line, for every one of thousands of generated files
 * made of the characters that matter (delimiters, quotes, both line breaks, spaces), read whole and read a few
 * characters at a time so that every record is cut by a buffer boundary somewhere.
 */
class CsvTableAgreesWithCommonsCsvTest {
    private static final String ALPHABET = "ab,;\"\"\n\r \tx\u00e9";

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(chars = {',', ';', '\t'})
    void generatedFilesReadTheSameAsWithCommonsCsv(char delimiter) {
        SplittableRandom random = new SplittableRandom(20_260_401 + delimiter);
        for (int n = 0; n < 6_000; n++) {
            String csv = generate(random, random.nextInt(1, 50), delimiter);
            String expected = withCommonsCsv(csv, delimiter);
            assertEquals(expected, withCsvTable(new StringReader(csv), delimiter), () -> "file: " + escape(csv));
            assertEquals(expected, withCsvTable(new Trickle(csv, random.nextInt(1, 4)), delimiter), () -> "trickled: " + escape(csv));
        }
    }

    @Test
    void handWrittenCasesReadTheSame() {
        for (String csv : List.of("h\n", "h", "h,i\n1,2\n", "h\n\"a\"\"b\"\n", "h\n\"a\"  \n", "h\n\"a\"x\n", "h\n\"open\n",
                "h\r\n1\r\n\r\n2\r", "h\n1,\n", "h\n1,", "h\n\"\",\"\"\n", "h\n \"q\"\n", "h\n\"a\nb\",\"c\rd\"\n2\n",
                "\n\n h \n", "h\n\"a\" ,b\n", "h\n\"a\"\t\n")) {
            assertEquals(withCommonsCsv(csv, ','), withCsvTable(new StringReader(csv), ','), () -> "file: " + escape(csv));
            assertEquals(withCommonsCsv(csv, ','), withCsvTable(new Trickle(csv, 1), ','), () -> "trickled: " + escape(csv));
        }
    }

    private static String generate(SplittableRandom random, int length, char delimiter) {
        StringBuilder csv = new StringBuilder("h" + delimiter + "i\n");
        String alphabet = ALPHABET.replace(',', delimiter);
        for (int i = 0; i < length; i++) {
            csv.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return csv.toString();
    }

    /** Rows as "line: field|field" and a problem as "line: reason", read the way CsvTable read with Commons CSV. */
    private static String withCommonsCsv(String csv, char delimiter) {
        List<String> out = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            Iterator<CSVRecord> rows = parser.iterator();
            boolean header = true;
            try {
                while (rows.hasNext()) {
                    CSVRecord record = rows.next();
                    long line = nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    List<String> fields = header ? new CsvHeader(record.toList()).names() : record.toList();
                    out.add((header ? "header " : "") + line + ": " + String.join("|", fields));
                    header = false;
                }
                if (header) {
                    out.add("1: no header line: the file has no text");
                }
            } catch (UncheckedIOException broken) {
                String message = broken.getCause().getMessage().toLowerCase(Locale.ROOT);
                out.add(nextLine + ": " + (message.contains("eof reached before encapsulated token finished")
                        ? "a quoted value is never closed (missing \")"
                        : message.contains("between encapsulated token and delimiter")
                        ? "text after a closing quote; a \" inside a quoted value must be doubled" : message));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", out);
    }

    private static String withCsvTable(Reader reader, char delimiter) {
        List<String> out = new ArrayList<>();
        try (CsvTable table = CsvTable.open(reader, delimiter)) {
            out.add("header " + table.line() + ": " + String.join("|", table.header().names()));
            while (table.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < table.size(); i++) {
                    fields.add(table.get(i));
                }
                out.add(table.line() + ": " + String.join("|", fields));
            }
        } catch (CsvSyntaxException broken) {
            out.add(broken.line() + ": " + broken.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", out);
    }

    private static String escape(String csv) {
        return csv.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /** Hands out a few characters per read, as a slow stream would. */
    private static final class Trickle extends Reader {
        private final String text;
        private final int step;
        private int at;

        Trickle(String text, int step) {
            this.text = text;
            this.step = step;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(step, length), text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
