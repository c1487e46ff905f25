package dev.ratecard.importers.text;

import dev.ratecard.importers.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextFileTest {
    private static final String TEXT = "model,cost\ngpt-4o,€1,5\n";

    @TempDir
    Path dir;

    private String readAll(Path file, boolean wholeFile) throws Exception {
        try (TextFile text = TextFile.open(file, file.getFileName().toString(), wholeFile)) {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = text.reader().read(buffer)) > 0) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        }
    }

    private String encodingOf(Path file) throws Exception {
        try (TextFile text = TextFile.open(file, "f", true)) {
            return text.encoding();
        }
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        Path plain = write("plain.csv", TEXT.getBytes(StandardCharsets.UTF_8));
        Path bom = write("bom.csv", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, readAll(plain, true));
        assertEquals(TEXT, readAll(bom, true), "the mark is not part of the text");
        assertEquals("UTF-8", encodingOf(plain));
        assertEquals("UTF-8 with BOM", encodingOf(bom));
    }

    @Test
    void readsUtf16WithByteOrderMarkEitherWay() throws Exception {
        Path little = write("le.csv", new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        Path big = write("be.csv", new byte[]{(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, readAll(little, true));
        assertEquals(TEXT, readAll(big, true));
        assertEquals("UTF-16LE with BOM", encodingOf(little));
    }

    @Test
    void readsUtf16WithoutByteOrderMarkByItsZeroBytes() throws Exception {
        Path little = write("le.csv", TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, readAll(little, true));
        assertEquals("UTF-16LE without BOM", encodingOf(little));
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8AndKeepsTheEuroSign() throws Exception {
        Path file = write("ansi.csv", TEXT.getBytes(Charset.forName("windows-1252")));
        assertEquals(TEXT, readAll(file, true));
        assertEquals("Windows-1252 (byte 18 is not UTF-8)", encodingOf(file), "byte 18 is the 0x80 of €");
    }

    @Test
    void findsWindows1252EvenWhenTheFirstNonAsciiByteIsFarIntoTheFile() throws Exception {
        // 100 KB of ASCII first: more than the part looked at for detection, so only the whole-file check sees the €.
        String ascii = "x,1\n".repeat(25_000);
        Path file = write("late.csv", ascii.getBytes(StandardCharsets.US_ASCII), "€,2\n".getBytes(Charset.forName("windows-1252")));
        assertEquals(ascii + "€,2\n", readAll(file, true));
        assertEquals("Windows-1252 (byte 100000 is not UTF-8)", encodingOf(file), "asked before any read, it waits");
    }

    @Test
    void utf8PastTheSampleThenAByteThatIsNotMakesTheWholeFileWindows1252() throws Exception {
        // The é (0xC3 0xA9) is UTF-8, but the € further on (0x80) is not: the whole file is Windows-1252, so the reader,
        // which met the é before the check had the answer, must give it as the two characters those bytes are there.
        String ascii = "x,1\n".repeat(25_000);
        Path file = write("mixed.csv", ascii.getBytes(StandardCharsets.US_ASCII), "é,2\n".getBytes(StandardCharsets.UTF_8),
                ascii.getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x80, ',', '3', '\n'});
        assertEquals(ascii + "Ã©,2\n" + ascii + "€,3\n", readAll(file, true));
        // 100,000 bytes, the 5 of "é,2\n", 100,000 more: the 0x80 is byte 200,005.
        assertEquals("Windows-1252 (byte 200005 is not UTF-8)", encodingOf(file));
    }

    @Test
    void anAsciiFileReadToItsEndIsUtf8WithoutAWholeFileCheck() throws Exception {
        String ascii = "x,1\n".repeat(25_000);
        Path file = write("ascii.csv", ascii.getBytes(StandardCharsets.US_ASCII));
        try (TextFile text = TextFile.open(file, "ascii.csv", true)) {
            char[] buffer = new char[8192];
            while (text.reader().read(buffer) > 0) {
                // read to the end
            }
            // Bytes added after the reading are no part of what was read; a check of the whole file now would see them.
            Files.write(file, new byte[] {(byte) 0x80}, java.nio.file.StandardOpenOption.APPEND);
            assertEquals("UTF-8", text.encoding());
        }
    }

    @Test
    void utf8PastTheSampleIsReadAsUtf8() throws Exception {
        String text = "x,1\n".repeat(25_000) + "é,€\n" + "y,2\n".repeat(1000);
        Path file = write("late-utf8.csv", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, readAll(file, true));
        assertEquals("UTF-8", encodingOf(file));
    }

    @Test
    void gzipIsCheckedWholeOnceUncompressed() throws Exception {
        String ascii = "x,1\n".repeat(25_000);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(ascii.getBytes(StandardCharsets.US_ASCII));
            gzip.write("€,2\n".getBytes(Charset.forName("windows-1252")));
        }
        Path file = write("late.csv.gz", zipped.toByteArray());
        assertEquals(ascii + "€,2\n", readAll(file, true));
        assertEquals("gzip, Windows-1252 (byte 100000 is not UTF-8)", encodingOf(file));
    }

    @Test
    void reportsAByteThatIsNoCharacterWhereItIsInsteadOfReplacingIt() throws Exception {
        // 0x81 is undefined in Windows-1252 and not UTF-8 either. The lines before it still read, so the error
        // can name the line it is on.
        Path file = write("bad.csv", "a,b\nc,d\n".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0x81, ',', '1', '\n'});
        try (TextFile text = TextFile.open(file, "bad.csv", true)) {
            assertEquals("a,b", text.reader().readLine());
            assertEquals("c,d", text.reader().readLine());
            assertThrows(CharacterCodingException.class, () -> text.reader().readLine());
            assertThrows(CharacterCodingException.class, () -> text.reader().readLine(), "and it stays an error");
        }
    }

    @Test
    void unwrapsGzip() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        Path file = write("log.csv.gz", zipped.toByteArray());
        assertEquals(TEXT, readAll(file, true));
        assertEquals("gzip, UTF-8", encodingOf(file));
    }

    @Test
    void refusesEmptyBinaryZipAndUtf32FilesWithTheReason() throws Exception {
        assertRefused(write("empty.csv"), "the file is empty");
        assertRefused(write("bom-only.csv", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                "the file is empty (only a byte-order mark)");
        assertRefused(write("image.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}),
                "binary data, not text (a zero byte at offset 8); is this the right file?");
        assertRefused(write("book.xlsx", new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0}),
                "the file is a ZIP archive (or an Excel workbook); unpack it, or save the sheet as CSV");
        assertRefused(write("u32.csv", new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}),
                "the file is UTF-32, which Ratecard does not read; save it as UTF-8");
    }

    private static void assertRefused(Path file, String reason) {
        ImportException refused = assertThrows(ImportException.class, () -> TextFile.open(file, "f", true).close());
        assertEquals(reason, refused.issues().get(0).reason());
    }

    @Test
    void peeksWithoutConsuming() throws Exception {
        Path file = write("p.csv", TEXT.getBytes(StandardCharsets.UTF_8));
        try (TextFile text = TextFile.open(file, "p.csv", true)) {
            assertEquals("model", text.peek(5));
            assertEquals("model,cost", text.reader().readLine());
        }
    }
}
