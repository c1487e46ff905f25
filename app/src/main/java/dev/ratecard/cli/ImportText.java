package dev.ratecard.cli;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.ImportCounts;
import dev.ratecard.workspace.importing.FileRead;
import dev.ratecard.workspace.importing.FormatChoice;
import dev.ratecard.workspace.importing.ImportResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code ratecard import} for people: per file what it is, what it holds, and what became of it. */
final class ImportText {
    /** Issues shown per file; the rest are counted (and all are stored with a batch). */
    static final int ISSUES_SHOWN = 20;

    private ImportText() {
    }

    static void print(PrintWriter out, ImportResult result) {
        switch (result) {
            case ImportResult.Imported imported -> {
                ImportCounts counts = imported.batch().counts();
                out.println(imported.preview()
                        ? result.fileName() + ": would import " + Display.plural(counts.inserted(), "new row", "new rows")
                                + "; nothing was written (dry run)"
                        : result.fileName() + ": imported as batch " + imported.batch().id());
                details(out, imported.read(), imported.batch());
            }
            case ImportResult.Refused refused -> {
                out.println(result.fileName() + ": refused, nothing was written: " + refused.reason());
                if (refused.read() != null) {
                    details(out, refused.read(), refused.validRows());
                } else {
                    issues(out, refused.issues(), refused.issues().size());
                }
            }
            case ImportResult.AlreadyImported already -> {
                ImportBatch existing = already.existing();
                out.println(result.fileName() + ": already imported as batch " + existing.id() + " (" + existing.fileName()
                        + ", " + Display.time(existing.createdAt()) + " UTC); nothing changed");
            }
        }
    }

    private static void details(PrintWriter out, FileRead read, ImportBatch batch) {
        ReadSummary summary = read.summary();
        out.println("  format     " + format(read.format()));
        out.println("  rows       " + rows(summary, batch));
        out.println("  dates      " + Display.range(summary.firstTime(), summary.lastTime()));
        out.println("  time zone  " + read.timeZone().getId() + (summary.naiveTimeZone() != null
                ? " (the file's times carry no zone and were read in it)" : " (the file's times carry their own zone)"));
        out.println("  tokens     " + Display.buckets(summary.totals()));
        out.println("  reported   " + Display.decimals(summary.reportedCostByCurrency()));
        if (!summary.skippedByReason().isEmpty()) {
            summary.skippedByReason().forEach((reason, n) -> out.println("  left out   " + Display.count(n) + " " + reason));
        }
        issues(out, summary.issues(), summary.issueCount());
    }

    private static String format(FormatChoice format) {
        return format.format().id() + (format.wasDetected()
                ? " (detected, " + format.confidence().name().toLowerCase(Locale.ROOT) + " confidence: " + format.reason() + ")"
                : " (" + format.reason() + ")");
    }

    private static String rows(ReadSummary summary, ImportBatch batch) {
        StringBuilder s = new StringBuilder(Display.count(summary.rowsRead()) + " read");
        if (batch != null) {
            s.append(": ").append(Display.count(batch.counts().inserted())).append(" new, ")
                    .append(Display.count(batch.counts().duplicates())).append(" already in the workspace");
        }
        if (summary.rowsRejected() > 0) {
            s.append(", ").append(Display.count(summary.rowsRejected())).append(" with errors");
        }
        if (summary.rowsSkipped() > 0) {
            s.append(", ").append(Display.count(summary.rowsSkipped())).append(" left out");
        }
        return s.toString();
    }

    private static void issues(PrintWriter out, List<ImportIssue> issues, long total) {
        long shown = Math.min(issues.size(), ISSUES_SHOWN);
        out.println("  issues     " + (total == 0 ? "none" : Display.count(total)));
        issues.stream().limit(shown).forEach(issue -> out.println("    " + FailureHandler.describe(issue)));
        if (total > shown) {
            out.println("    … and " + Display.count(total - shown) + " more");
        }
    }
}
