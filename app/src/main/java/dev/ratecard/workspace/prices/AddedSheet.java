package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.ImportIssue;

import java.util.List;
import java.util.Objects;

/**
 * A sheet the user added, and what the reader noted while reading it: warnings (a date taken from the file
 * name) and, for the broad third-party catalogues, the entries it skipped. A file with worse problems is
 * refused instead.
 */
public record AddedSheet(LibrarySheet sheet, List<ImportIssue> notes) {
    public AddedSheet {
        Objects.requireNonNull(sheet, "sheet");
        notes = List.copyOf(notes);
    }
}
