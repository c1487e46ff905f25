package dev.ratecard.cli;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.store.ImportBatch;

import java.io.PrintWriter;
import java.util.List;

/** One batch as {@code ratecard batches show N} prints it. */
final class BatchText {
    private BatchText() {
    }

    static String dates(ImportBatch batch) {
        return batch.inserted().range().map(r -> Display.range(r.from(), r.to())).orElse("no rows");
    }

    static void details(PrintWriter out, ImportBatch batch, List<ImportIssue> issues) {
        out.println("Batch " + batch.id() + ": " + batch.fileName());
        out.println("  format     " + batch.format() + " (source kind " + batch.request().sourceKind() + ")");
        out.println("  sha256     " + batch.sha256());
        out.println("  imported   " + Display.time(batch.createdAt()) + " UTC");
        out.println("  time zone  " + batch.timeZone().getId());
        batch.readerOptions().forEach((key, value) -> out.println("  option     " + key + " = " + value));
        out.println("  rows       " + Display.count(batch.counts().read()) + " read, "
                + Display.count(batch.counts().inserted()) + " stored, " + Display.count(batch.counts().duplicates())
                + " already in the workspace, " + Display.count(batch.counts().withIssues()) + " with issues");
        out.println("  dates      " + dates(batch));
        out.println("  tokens     " + Display.buckets(batch.inserted().totals()));
        out.println("  reported   " + Display.money(batch.inserted().reportedCost()));
        out.println("  issues     " + (issues.isEmpty() ? "none" : Display.count(issues.size())));
        issues.forEach(issue -> out.println("    " + FailureHandler.describe(issue)));
    }
}
