package dev.ratecard.cli;

import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command on one batch, named by its number: finds it, or says there is no such batch (exit 2). */
abstract class BatchAction extends CommandBase {
    @Parameters(paramLabel = "N", description = "The batch number, as 'ratecard batches' lists it.")
    long id;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (WorkspaceDatabase database = workspace.openExisting()) {
            ImportBatch batch = database.batches().find(id)
                    .orElseThrow(() -> new BadUsageException("there is no batch " + id + " in " + database.file()));
            act(database, batch);
            out().flush();
            return CommandLine.ExitCode.OK;
        }
    }

    abstract void act(WorkspaceDatabase database, ImportBatch batch);
}
