package dev.ratecard.importers.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), fed in
 * chunks of any size. Used to tell UTF-8 from Windows-1252 over the whole file ({@link WholeFileUtf8Check}), so that a
 * {@code €} written as the single byte 0x80 near the end of a file is never decoded as garbage.
 */
final class Utf8Validator {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private int needed;
    private int lower = 0x80;
    private int upper = 0xBF;
    private long offset;
    private long sequenceStart;
    private long firstInvalid = -1;

    /** Feeds {@code length} bytes; returns false (and stops looking) at the first malformed byte. */
    boolean feed(byte[] bytes, int length) {
        if (firstInvalid >= 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (needed == 0) {
                // Most text is ASCII: step over it eight bytes at a time while no byte has its high bit set.
                while (i + Long.BYTES <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                if (i == length) {
                    break;
                }
            }
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b < 0x80) {
                    continue;
                }
                sequenceStart = offset + i;
                if (!lead(b)) {
                    firstInvalid = sequenceStart;
                    return false;
                }
            } else {
                if (b < lower || b > upper) {
                    firstInvalid = sequenceStart;
                    return false;
                }
                lower = 0x80;
                upper = 0xBF;
                needed--;
            }
        }
        offset += length;
        return true;
    }

    private boolean lead(int b) {
        lower = 0x80;
        upper = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b == 0xE0) {
            needed = 2;
            lower = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            needed = 2;
        } else if (b == 0xED) {
            needed = 2;
            upper = 0x9F;
        } else if (b == 0xF0) {
            needed = 3;
            lower = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            needed = 3;
        } else if (b == 0xF4) {
            needed = 3;
            upper = 0x8F;
        } else {
            return false;
        }
        return true;
    }

    /** After the last chunk: where the first malformed sequence starts, or -1 if the whole input was UTF-8. */
    long finish() {
        if (firstInvalid < 0 && needed > 0) {
            firstInvalid = sequenceStart;
        }
        return firstInvalid;
    }
}
