package dev.ratecard.importers.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes bytes strictly, like {@link java.io.InputStreamReader} with {@code REPORT}, but with the error in
 * the right place: the characters before a bad byte are returned first, and only the read that reaches it
 * throws (and every read after). {@code InputStreamReader} throws as soon as its chunk holds a bad byte,
 * dropping the good characters before it, so the caller cannot tell on which line the byte was.
 */
final class DecodingReader extends Reader {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException failure;

    DecodingReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
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
            CoderResult result = decoder.decode(bytes, out, endOfInput);
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
