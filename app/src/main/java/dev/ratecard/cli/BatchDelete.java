package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine.Command;

/** {@code ratecard batches delete N}: no question asked; what was removed is printed. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes one batch with its rows and issues, without asking, and prints what it removed.")
final class BatchDelete extends BatchAction {
    @Override
    void act(WorkspaceDatabase database, ImportBatch batch) {
        database.batches().delete(batch.id());
        if (json) {
            ObjectNode root = JsonOutput.object();
            root.set("deleted", BatchJson.batch(batch));
            JsonOutput.print(out(), root);
        } else {
            out().println("Deleted batch " + batch.id() + ": " + batch.fileName() + " (" + batch.format() + "), "
                    + Display.plural(batch.counts().inserted(), "usage row", "usage rows") + " (" + BatchText.dates(batch)
                    + "), " + Display.buckets(batch.inserted().totals()) + ", and its issues; the file can be imported again.");
        }
    }
}
