package dev.ratecard.importers.prices.parse;

/** Byte-level checks made before a file is parsed. */
public final class TextBytes {
    private TextBytes() {
    }

    /** True for an empty file, or one holding only a byte-order mark and whitespace (in UTF-8 or UTF-16). */
    public static boolean isBlank(byte[] content) {
        for (byte b : content) {
            int c = b & 0xFF;
            boolean ignorable = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0
                    || c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF;
            if (!ignorable) {
                return false;
            }
        }
        return true;
    }
}
