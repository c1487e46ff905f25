package dev.ratecard.importers.prices.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text file's bytes as characters. A byte-order mark decides (UTF-8, UTF-16 LE/BE) and is dropped; without
 * one the text must be valid UTF-8, else it is read as Windows-1252, which is what spreadsheet programs on
 * Windows save "CSV" in, and the caller says so.
 *
 * @param fellBack true when the bytes were not UTF-8 and were read as Windows-1252
 */
public record DecodedText(String text, Charset charset, boolean fellBack) {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static DecodedText of(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
