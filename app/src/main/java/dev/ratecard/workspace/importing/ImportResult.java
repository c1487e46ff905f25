package dev.ratecard.workspace.importing;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.store.ImportBatch;

import java.util.List;
import java.util.Objects;

/**
 * What became of one file: stored (or, in a preview, what would be stored), refused, or found to be imported
 * before. A refused file left the workspace exactly as it was.
 */
public sealed interface ImportResult {
    String fileName();

    /**
     * The file's valid rows are stored as {@code batch}; in a preview ({@code preview} true) nothing was written and
     * the batch says what would be: its counts tell new rows from rows the workspace already holds.
     */
    record Imported(FileRead read, ImportBatch batch, boolean preview) implements ImportResult {
        public Imported {
            Objects.requireNonNull(read, "read");
            Objects.requireNonNull(batch, "batch");
        }

        @Override
        public String fileName() {
            return read.fileName();
        }
    }

    /**
     * Nothing of the file was (or would be) stored.
     *
     * @param read       what reading found, or {@code null} when the file could not be read at all
     * @param reason     why, in words for the user
     * @param issues     the problems that decided it, with file, line, column, value and reason
     * @param validRows  in a preview of a file refused for its bad rows: what importing only the valid rows would
     *                   store; otherwise {@code null}
     */
    record Refused(String fileName, FileRead read, String reason, List<ImportIssue> issues, ImportBatch validRows)
            implements ImportResult {
        public Refused {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(reason, "reason");
            issues = List.copyOf(issues);
        }
    }

    /** The same bytes were imported before, as {@code existing}; nothing changed. */
    record AlreadyImported(String fileName, String sha256, ImportBatch existing) implements ImportResult {
        public AlreadyImported {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(existing, "existing");
        }
    }
}
