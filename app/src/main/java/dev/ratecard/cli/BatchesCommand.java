package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;

/** {@code ratecard batches [list|show N|delete N]}: the imported files of the workspace. */
@Command(name = "batches", mixinStandardHelpOptions = true,
        description = {"Lists the imported files (batches) of the workspace, shows one with its issues, or deletes one "
                + "with its rows (without asking; it prints what it removed, and the file can be imported again)."},
        subcommands = {BatchesCommand.ListBatches.class, BatchShow.class, BatchDelete.class})
public final class BatchesCommand extends CommandBase {
    @Mixin
    WorkspaceOption workspace;

    /** Without a subcommand: the list. */
    @Override
    public Integer call() {
        return list(out(), workspace, json);
    }

    static int list(PrintWriter out, WorkspaceOption workspace, boolean json) {
        try (WorkspaceDatabase database = workspace.openExisting()) {
            List<ImportBatch> batches = database.batches().list();
            if (json) {
                ObjectNode root = JsonOutput.object();
                ArrayNode array = root.putArray("batches");
                batches.forEach(batch -> array.add(BatchJson.batch(batch)));
                JsonOutput.print(out, root);
            } else if (batches.isEmpty()) {
                out.println("No batches: nothing has been imported into " + database.file() + " yet.");
            } else {
                TextTable table = new TextTable().left("batch").left("file").left("format").left("imported (UTC)")
                        .right("read").right("new").right("duplicates").right("with issues").left("dates");
                for (ImportBatch batch : batches) {
                    table.row(Long.toString(batch.id()), batch.fileName(), batch.format(), Display.time(batch.createdAt()),
                            Display.count(batch.counts().read()), Display.count(batch.counts().inserted()),
                            Display.count(batch.counts().duplicates()), Display.count(batch.counts().withIssues()),
                            BatchText.dates(batch));
                }
                table.print(out);
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the batches, newest first.")
    static final class ListBatches extends CommandBase {
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            return list(out(), workspace, json);
        }
    }
}
