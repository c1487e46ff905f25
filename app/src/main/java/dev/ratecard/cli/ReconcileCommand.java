package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.workspace.costing.ReconcileRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code ratecard reconcile}: the costs sources reported against the same rows at direct list prices. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Compares the cost each source reported (OpenRouter's cost_total, LiteLLM's spend, an invoice "
                + "line …) with the same rows priced at their model provider's direct list price, per model and route: "
                + "the difference in $ and %%. On a gateway route it is the effective markup paid over buying direct.",
                "Exit code: 0 when every row with a reported cost was compared, 1 when some could not be (no direct "
                        + "price for their model, or unreadable rows), 2 for a wrong command line."})
public final class ReconcileCommand extends CommandBase {
    @Mixin
    UsageOptions usage;

    @Override
    public Integer call() throws IOException, ImportException {
        if (usage.usage == null) {
            usage.usage = UsageOptions.WORKSPACE;
        }
        PrintWriter out = out();
        try (PricingSession session = new PricingSession(usage)) {
            ReconcileRun run = session.service.reconcile(session.usage, Progress.NONE);
            String name = session.usageName;
            long rows = run.reconciliation().rows();
            if (json) {
                JsonOutput.print(out, ReconcileJson.of(CostJson.usage(name, run.read(), rows), run.reconciliation()));
            } else {
                ReconcileText.print(out, CostText.usage(name, run.read(), rows), run.reconciliation());
                out.flush();
            }
            boolean complete = run.reconciliation().unpriced().isEmpty() && (run.read() == null || !run.read().hasErrors());
            return complete ? CommandLine.ExitCode.OK : RatecardCommand.EXIT_BAD_INPUT;
        }
    }
}
