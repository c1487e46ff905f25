package dev.ratecard.workspace.costing;

import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.WorkspaceDatabase;

import java.nio.file.Path;
import java.util.Objects;

/** The usage to price: a file, read as it is without being stored, or the rows stored in a workspace. */
public sealed interface UsageSource {
    /** Rows whose start lies in the filter's range. */
    UsageFilter filter();

    record File(Path file, ReadOptions options, UsageFilter filter) implements UsageSource {
        public File {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** Streamed from the store one row at a time, so that memory stays constant. */
    record Stored(WorkspaceDatabase database, UsageFilter filter) implements UsageSource {
        public Stored {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(filter, "filter");
        }
    }
}
