package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.workspace.costing.CostRun;
import dev.ratecard.workspace.costing.PriceChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code ratecard cost}: usage priced exactly, with where every figure comes from. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Prices usage exactly: the total, by model and by bucket (tokens, rate per 1M, cost, the price "
                + "entry and its date), notes, and the models no sheet knows.",
                "Without --prices each row is priced by its route: direct traffic at its provider's own bundled sheet, "
                        + "OpenRouter traffic at OpenRouter's list plus its fees, the LiteLLM catalogue where a sheet lacks a model.",
                "Exit code: 0 when everything was priced, 1 when a model is unmatched, a bucket has no rate or the "
                        + "file has rows that cannot be read, 2 for a wrong command line."})
public final class CostCommand extends CommandBase {
    @Option(names = "--prices", paramLabel = "SHEET|FILE",
            description = "Price every row against this sheet: a bundled id (openai, anthropic, litellm, openrouter …) or a price sheet file.")
    String prices;

    @Mixin
    UsageOptions usage;

    @Override
    public Integer call() throws IOException, ImportException {
        if (usage.usage == null) {
            throw new BadUsageException("say what to price: --usage FILE, or --usage " + UsageOptions.WORKSPACE);
        }
        PrintWriter out = out();
        try (PricingSession session = new PricingSession(usage)) {
            PriceChoice choice = prices == null ? new PriceChoice.ByRoute()
                    : new PriceChoice.OneSheet(session.sources.resolve(prices));
            ProgressBar bar = new ProgressBar(err(), "pricing", ProgressBar.styleFor(usage.fileSize(), false));
            CostRun run = session.service.price(session.usage, choice, bar);
            bar.finish();
            if (json) {
                JsonOutput.print(out, CostJson.of(session.usageName, run));
            } else {
                CostText.print(out, session.usageName, run);
                out.flush();
            }
            return run.priced().isComplete() && !run.hadBadRows() ? CommandLine.ExitCode.OK : RatecardCommand.EXIT_BAD_INPUT;
        }
    }
}
