package dev.ratecard.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** For tools that drive the toolkit from their own thread (screenshots, benchmarks): run work on the FX thread. */
public final class FxCalls {
    private FxCalls() {
    }

    /** Runs {@code work} on the FX thread and returns its result; waits up to 30 seconds. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
