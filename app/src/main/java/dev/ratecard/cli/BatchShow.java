package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code ratecard batches show N}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one batch with the issues its reader reported.")
final class BatchShow extends BatchAction {
    @Override
    void act(WorkspaceDatabase database, ImportBatch batch) {
        List<ImportIssue> issues = database.batches().issues(batch.id());
        if (json) {
            ObjectNode root = BatchJson.batch(batch);
            ArrayNode array = root.putArray("issues");
            issues.forEach(issue -> array.add(JsonOutput.issue(issue)));
            JsonOutput.print(out(), root);
        } else {
            BatchText.details(out(), batch, issues);
        }
    }
}
