package dev.ratecard.importers.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPInputStream;

/**
 * Whether a whole file is UTF-8, found on a thread of its own while the file is read: the reading only needs the
 * answer at the first byte outside ASCII, which reads the same in UTF-8 and Windows-1252 ({@link DecodingReader}),
 * and many exports have none. Checking first held up every import by a read of the whole file (75 ms for 205 MB,
 * {@code docs/benchmarks.md}). {@link #close()} stops the check early.
 */
final class WholeFileUtf8Check implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final CompletableFuture<Long> firstInvalidByte = new CompletableFuture<>();
    private volatile boolean stopped;

    private WholeFileUtf8Check() {
    }

    /** Starts checking {@code file}, uncompressed first if {@code gzip}. */
    static WholeFileUtf8Check start(Path file, boolean gzip) {
        WholeFileUtf8Check check = new WholeFileUtf8Check();
        Thread.ofPlatform().name("ratecard-utf8-check").daemon().start(() -> check.run(file, gzip));
        return check;
    }

    private void run(Path file, boolean gzip) {
        try {
            firstInvalidByte.complete(scan(file, gzip));
        } catch (IOException | RuntimeException | Error e) {
            firstInvalidByte.completeExceptionally(e);
        }
    }

    private long scan(Path file, boolean gzip) throws IOException {
        Utf8Validator validator = new Utf8Validator();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw, BUFFER) : raw) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) > 0 && validator.feed(buffer, read)) {
                if (stopped) {
                    throw new InterruptedIOException("the check was stopped: the file was closed");
                }
            }
        }
        return validator.finish();
    }

    /** The offset of the first byte that is not UTF-8, or -1 if there is none; waits for the check to end. */
    long firstInvalidByte() throws IOException {
        try {
            return firstInvalidByte.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the file was checked for UTF-8");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException unreadable) {
                throw unreadable;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        stopped = true;
    }
}
