package dev.ratecard.importers.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Whether a whole file is UTF-8, asked only when the answer matters: at the first byte outside ASCII the reading
 * meets, since ASCII reads the same in UTF-8 and Windows-1252 ({@link DecodingReader}). A file read to its end
 * without one is ASCII, which is UTF-8, and is never checked: most exports are, and checking every file first held up
 * every import by a read of the whole file (75 ms for 205 MB, {@code docs/benchmarks.md}).
 */
final class WholeFileUtf8Check {
    private static final int BUFFER = 1 << 16;

    private WholeFileUtf8Check() {
    }

    /** The offset of the first byte of {@code file} (uncompressed first if {@code gzip}) that is not UTF-8, or -1. */
    static long firstInvalidByte(Path file, boolean gzip) throws IOException {
        Utf8Validator validator = new Utf8Validator();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw, BUFFER) : raw) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) > 0 && validator.feed(buffer, read)) {
                // The validator keeps the offset of the first byte that is not UTF-8 and stops there.
            }
        }
        return validator.finish();
    }
}
