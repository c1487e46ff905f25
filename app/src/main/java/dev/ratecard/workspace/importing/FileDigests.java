package dev.ratecard.workspace.importing;

import dev.ratecard.store.FileDigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 an import identifies its file by, worked out when asked, or ahead of time on a thread of its own. The
 * command line starts on its first file while it opens (or creates) the workspace, which leaves a core idle for
 * about as long as hashing a large file takes (0.2 s for 205 MB); otherwise the import would wait for the hash first.
 */
public final class FileDigests {
    private final Map<Path, CompletableFuture<String>> ahead = new ConcurrentHashMap<>();

    /** Starts hashing {@code file} in the background; {@link #sha256} then waits for that instead of hashing again. */
    public void startEarly(Path file) {
        Objects.requireNonNull(file, "file");
        CompletableFuture<String> digest = new CompletableFuture<>();
        if (ahead.putIfAbsent(file, digest) != null) {
            return;
        }
        Thread.ofPlatform().name("ratecard-digest").daemon().start(() -> {
            try {
                digest.complete(FileDigest.sha256(file));
            } catch (IOException e) {
                digest.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                digest.completeExceptionally(e);
            }
        });
    }

    /** The file's SHA-256, as {@link FileDigest#sha256}; one started early is taken (once) from its thread. */
    public String sha256(Path file) throws IOException {
        CompletableFuture<String> early = ahead.remove(file);
        if (early == null) {
            return FileDigest.sha256(file);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException unreadable) {
                throw unreadable.getCause();
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
