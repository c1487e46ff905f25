package dev.ratecard.importers.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly, like {@link java.io.InputStreamReader} with {@code REPORT}, but with the error in
 * the right place: the characters before a bad byte are returned first, and only the read that reaches it
 * throws (and every read after). {@code InputStreamReader} throws as soon as its chunk holds a bad byte,
 * dropping the good characters before it, so the caller cannot tell on which line the byte was.
 *
 * <p>The charset can also be left open while every byte read is ASCII ({@link #DecodingReader(InputStream,
 * CharsetDecoder, Decision)}), for charsets that agree on ASCII, as UTF-8 and Windows-1252 do: the text so far is then
 * the same whichever it turns out to be, and the decision is asked for at the first byte that is not ASCII.
 */
final class DecodingReader extends Reader {
    private static final int BUFFER = 1 << 16;

    /** The charset of the whole input, asked for once, at its first byte that is not ASCII; may read the whole file. */
    @FunctionalInterface
    interface Decision {
        Charset charset() throws IOException;
    }

    private final InputStream in;
    private CharsetDecoder decoder;
    /** Asked at the first byte that is not ASCII, then {@code null}; {@code null} from the start if known. */
    private Decision decision;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException failure;

    DecodingReader(InputStream in, CharsetDecoder decoder) {
        this(in, decoder, null);
    }

    /**
     * Decodes with {@code provisional} while every byte is ASCII, and from the first byte that is not with the charset
     * {@code decision} gives, which must read ASCII as {@code provisional} does; the characters of that read are then
     * decoded again if the two differ.
     */
    DecodingReader(InputStream in, CharsetDecoder provisional, Decision decision) {
        this.in = in;
        this.decoder = provisional;
        this.decision = decision;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.hasRemaining()) {
            int bytesBefore = bytes.position();
            int charsBefore = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            // Only ASCII gives one character a byte, in UTF-8 as in any single-byte charset.
            if (decision != null && (result.isError() || bytes.position() - bytesBefore != out.position() - charsBefore)
                    && decide()) {
                bytes.position(bytesBefore);
                out.position(charsBefore);
                continue;
            }
            if (result.isError()) {
                failure = exception(result);
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                flushed = decoder.flush(out).isUnderflow();
                break;
            }
            if (out.position() > offset) {
                break;
            }
            fill();
        }
        int decoded = out.position() - offset;
        if (decoded > 0) {
            return decoded;
        }
        if (failure != null) {
            throw failure;
        }
        return flushed ? -1 : 0;
    }

    /** Whether the input was read to its end and every byte of it was ASCII: the charset was never asked for. */
    boolean endedAllAscii() {
        return flushed && decision != null;
    }

    /** Takes the decided charset; returns whether it differs from the provisional one, whose last read must be redone. */
    private boolean decide() throws IOException {
        Charset decided = decision.charset();
        decision = null;
        if (decided.equals(decoder.charset())) {
            return false;
        }
        decoder = decided.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return true;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private static CharacterCodingException exception(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        throw new IllegalStateException("not an error: " + result);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
