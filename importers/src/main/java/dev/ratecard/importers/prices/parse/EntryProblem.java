package dev.ratecard.importers.prices.parse;

import dev.ratecard.importers.model.ImportIssue;

import java.util.Objects;

/**
 * Thrown while mapping one entry of a sheet when a value cannot be used; carries the issue that names the
 * file, the entry, the field, the value and the reason. Readers of third-party catalogues catch it and skip
 * the entry; readers of Ratecard's own formats collect it and reject the file.
 */
public final class EntryProblem extends Exception {
    private final transient ImportIssue issue;

    public EntryProblem(ImportIssue issue) {
        super(Objects.requireNonNull(issue, "issue").describe(), null, false, false);
        this.issue = issue;
    }

    public ImportIssue issue() {
        return issue;
    }
}
