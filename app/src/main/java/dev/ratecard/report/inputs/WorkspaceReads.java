package dev.ratecard.report.inputs;

import dev.ratecard.store.WorkspaceDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How report inputs reach the workspace: a file opened for each read and closed after it, only if it exists (the
 * command line, where nothing else holds the workspace open), or the database the window already holds open, which
 * a report then shares instead of opening, checking and closing the same file again for every read.
 */
interface WorkspaceReads {
    /** A read of the workspace, which may fail with {@code E}. */
    @FunctionalInterface
    interface Read<T, E extends Exception> {
        T apply(WorkspaceDatabase database) throws E;
    }

    /** {@code read} applied to the workspace; empty when there is none, or when {@code read} gives {@code null}. */
    <T, E extends Exception> Optional<T> apply(Read<T, E> read) throws E;

    /** No workspace: files only. */
    static WorkspaceReads none() {
        return new WorkspaceReads() {
            @Override
            public <T, E extends Exception> Optional<T> apply(Read<T, E> read) throws E {
                return Optional.empty();
            }
        };
    }

    /** The workspace at {@code file}, opened for each read; never created, so a missing file reads as none. */
    static WorkspaceReads openedEachTime(Path file) {
        Objects.requireNonNull(file, "file");
        return new WorkspaceReads() {
            @Override
            public <T, E extends Exception> Optional<T> apply(Read<T, E> read) throws E {
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try (WorkspaceDatabase database = WorkspaceDatabase.open(file)) {
                    return Optional.ofNullable(read.apply(database));
                }
            }
        };
    }

    /** A workspace already open, which its owner closes. */
    static WorkspaceReads shared(WorkspaceDatabase database) {
        Objects.requireNonNull(database, "database");
        return new WorkspaceReads() {
            @Override
            public <T, E extends Exception> Optional<T> apply(Read<T, E> read) throws E {
                return Optional.ofNullable(read.apply(database));
            }
        };
    }
}
