package dev.ratecard.ui.task;

import java.util.Objects;

/** How a task ended. */
public sealed interface TaskOutcome<T> {
    /** The work returned {@code value} (which may be null for work that returns nothing). */
    record Succeeded<T>(T value) implements TaskOutcome<T> {
    }

    /** The work threw {@code error} without having been cancelled. */
    record Failed<T>(Throwable error) implements TaskOutcome<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The work stopped because it was cancelled (or was cancelled before it started). */
    record Cancelled<T>() implements TaskOutcome<T> {
    }
}
