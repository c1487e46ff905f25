package dev.ratecard.importers.prices.parse;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/** The issues one read collects, in the order found. */
public final class IssueLog {
    private final List<ImportIssue> issues = new ArrayList<>();

    public void add(ImportIssue issue) {
        issues.add(issue);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    public List<ImportIssue> list() {
        return List.copyOf(issues);
    }

    /**
     * A catalogue in which not one entry could be read is not a catalogue of that kind at all (or is broken
     * throughout): rejected with every issue found, or with one saying what was expected.
     */
    public void rejectIfNothingRead(int entriesRead, String file, String expected) throws ImportException {
        if (entriesRead > 0) {
            return;
        }
        if (hasErrors()) {
            throw new ImportException(issues.stream().filter(ImportIssue::isError).toList());
        }
        throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                "no entries found; expected " + expected));
    }

    /** For formats that are rejected whole: throws every issue found so far if any of them is an error. */
    public void rejectIfErrors() throws ImportException {
        if (hasErrors()) {
            throw new ImportException(issues.stream().filter(ImportIssue::isError).toList());
        }
    }
}
