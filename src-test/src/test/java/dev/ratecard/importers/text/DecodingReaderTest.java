package dev.ratecard.importers.text;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A charset left open while the bytes are ASCII: asked for once, at the first byte that is not, and never before. */
class DecodingReaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void asciiIsReadWithoutAskingForTheCharset() throws Exception {
        String ascii = "model,cost\n".repeat(20_000);
        DecodingReader.Decision never = () -> {
            throw new AssertionError("the charset was asked for, though every byte is ASCII");
        };
        assertEquals(ascii, readAll(reader(ascii.getBytes(StandardCharsets.US_ASCII), never)));
    }

    @Test
    void onlyInputReadToItsEndWithoutAskingEndedAllAscii() throws Exception {
        DecodingReader ascii = reader("a,1\n".getBytes(StandardCharsets.US_ASCII), () -> StandardCharsets.UTF_8);
        assertEquals(false, ascii.endedAllAscii(), "not read yet");
        readAll(ascii);
        assertEquals(true, ascii.endedAllAscii());

        DecodingReader accented = reader("é\n".getBytes(StandardCharsets.UTF_8), () -> StandardCharsets.UTF_8);
        readAll(accented);
        assertEquals(false, accented.endedAllAscii());
    }

    @Test
    void theCharsetIsAskedForOnceAtTheFirstByteThatIsNotAscii() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        byte[] bytes = concat("a,1\nb,2\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII),
                "é,3\né,4\n".getBytes(StandardCharsets.UTF_8));
        try (BufferedReader lines = new BufferedReader(reader(bytes, () -> {
            asked.incrementAndGet();
            return StandardCharsets.UTF_8;
        }), 64)) {
            for (int i = 0; i < 19_990; i++) {
                lines.readLine();
            }
            assertEquals(0, asked.get(), "asked before the reading came near the é");
            String rest = lines.lines().reduce("", (a, b) -> a + b + "\n");
            assertEquals("a,1\nb,2\n".repeat(5) + "é,3\né,4\n", rest);
        }
        assertEquals(1, asked.get());
    }

    @Test
    void windows1252DecidedLateRereadsWhatUtf8Decoded() throws Exception {
        byte[] bytes = concat("x\n".repeat(1000).getBytes(StandardCharsets.US_ASCII), "é\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x80, '\n'});
        assertEquals("x\n".repeat(1000) + "Ã©\n€\n", readAll(reader(bytes, () -> WINDOWS_1252)));
    }

    @Test
    void aByteThatIsNotUtf8AsksForTheCharsetAndIsReadInTheOneDecided() throws Exception {
        byte[] bytes = concat("x\n".repeat(1000).getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x80, '\n'});
        assertEquals("x\n".repeat(1000) + "€\n", readAll(reader(bytes, () -> WINDOWS_1252)));
    }

    @Test
    void aByteThatIsNoCharacterInTheDecidedCharsetIsStillAnError() throws Exception {
        // 0x81 is not UTF-8, and nothing in Windows-1252.
        byte[] bytes = concat("x\n".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, '\n'});
        try (BufferedReader lines = new BufferedReader(reader(bytes, () -> WINDOWS_1252), 1)) {
            assertEquals("x", lines.readLine());
            assertThrows(CharacterCodingException.class, lines::readLine);
        }
    }

    @Test
    void aCharsetThatCannotBeDecidedFailsTheRead() {
        byte[] bytes = "é".getBytes(StandardCharsets.UTF_8);
        IOException unreadable = new IOException("the disk went away");
        IOException thrown = assertThrows(IOException.class, () -> readAll(reader(bytes, () -> {
            throw unreadable;
        })));
        assertEquals(unreadable, thrown);
    }

    private static DecodingReader reader(byte[] bytes, DecodingReader.Decision decision) {
        return new DecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT), decision);
    }

    private static String readAll(DecodingReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        int n;
        while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
