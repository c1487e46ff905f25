package dev.ratecard.importers.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The validator steps over ASCII eight bytes at a time; what it finds must not depend on where a block starts. */
class Utf8ValidatorTest {
    /** {@code é} (C3 A9) and {@code €} (E2 82 AC) at every offset of a 24-byte ASCII run: well-formed everywhere. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 6, 7, 8, 9, 15, 16, 17, 23, 24})
    void aCharacterAnywhereAmongAsciiIsWellFormed(int at) {
        String ascii = "x".repeat(24);
        byte[] text = (ascii.substring(0, at) + "é€" + ascii.substring(at)).getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, validate(text, text.length));
    }

    /** A lone 0x80 (Windows-1252's €) is reported at its own offset, wherever it sits. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 23, 31})
    void aStrayContinuationByteIsReportedWhereItIs(int at) {
        byte[] text = "y".repeat(32).getBytes(StandardCharsets.US_ASCII);
        text[at] = (byte) 0x80;
        assertEquals(at, validate(text, text.length));
    }

    /** Fed in chunks that cut a character in two: still well-formed, and a cut at the very end is not. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8, 9})
    void aCharacterCutByAChunkIsJoinedAgain(int chunk) {
        byte[] text = ("abcdefg€hijklmnopé" + "z".repeat(20)).getBytes(StandardCharsets.UTF_8);
        Utf8Validator validator = new Utf8Validator();
        for (int from = 0; from < text.length; from += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(text, from, Math.min(text.length, from + chunk));
            validator.feed(part, part.length);
        }
        assertEquals(-1, validator.finish());

        Utf8Validator cut = new Utf8Validator();
        cut.feed(text, 9);
        // "abcdefg" is 7 bytes; € starts at 7 and is cut after its second byte.
        assertEquals(7, cut.finish());
    }

    private static long validate(byte[] bytes, int length) {
        Utf8Validator validator = new Utf8Validator();
        validator.feed(bytes, length);
        return validator.finish();
    }
}
