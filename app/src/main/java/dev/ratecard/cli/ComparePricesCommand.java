package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.pricing.FeeLine;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.workspace.prices.ComparisonSettings;
import dev.ratecard.workspace.prices.LibraryContents;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.ReferenceWorkload;
import dev.ratecard.workspace.prices.RouteComparer;
import dev.ratecard.workspace.prices.RouteComparison;
import dev.ratecard.workspace.prices.RouteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code ratecard prices compare MODEL}: one model across every route that sells it, cheapest first. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare one model across every route that sells it, for one month of usage, every fee included.")
final class ComparePricesCommand extends PricesSubcommand {
    @Parameters(paramLabel = "MODEL", description = "The model as a log or a sheet writes it, e.g. claude-sonnet-4-5.")
    String model;

    @Option(names = "--tokens", paramLabel = "N", description = "Tokens a month (default: ${DEFAULT-VALUE}).",
            defaultValue = "100000000")
    long tokens;

    @Option(names = "--output-share", paramLabel = "S", description = "Share of the tokens that is output, 0 to 1 "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "0.25")
    BigDecimal outputShare;

    @Option(names = "--cache-share", paramLabel = "S", description = "Share of the input read from the prompt cache, "
            + "0 to 1 (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    BigDecimal cacheShare;

    @Option(names = "--requests", paramLabel = "N",
            description = "Requests a month (default: one per 2,000 tokens).")
    Long requests;

    @Option(names = "--markup", paramLabel = "GATEWAY=FRACTION",
            description = "The markup of a gateway that publishes none, e.g. tokenmix=0.03 for 3 %%.")
    Map<String, BigDecimal> markups = Map.of();

    @Override
    void execute(PrintWriter out) throws IOException, ImportException {
        ReferenceWorkload workload = workload();
        ComparisonSettings settings = ComparisonSettings.defaults();
        for (Map.Entry<String, BigDecimal> markup : markups.entrySet()) {
            if (markup.getValue().signum() < 0) {
                throw badUsage("--markup " + markup.getKey() + " is negative: " + markup.getValue().toPlainString());
            }
            settings = settings.withMarkup(markup.getKey(), markup.getValue());
        }
        LibraryContents contents = prices.contents();
        ModelMatch.Matched match = ShowPriceCommand.find(model, contents.sheets());
        PriceEntry entry = match.entry();
        LibrarySheet home = contents.sheets().stream().filter(one -> one.entries().stream().anyMatch(e -> e == entry))
                .findFirst().orElseThrow();
        RouteComparison comparison = new RouteComparer(contents, YearMonth.now(Clock.systemUTC()))
                .compare(entry, workload, settings);
        if (json) {
            PricesJson json = new PricesJson();
            json.print(out, json.comparison(comparison, home));
        } else {
            printText(out, comparison, home);
        }
    }

    private ReferenceWorkload workload() {
        if (tokens <= 0) {
            throw badUsage("--tokens must be a positive number of tokens a month, not " + tokens);
        }
        requireShare(outputShare, "--output-share");
        requireShare(cacheShare, "--cache-share");
        if (requests != null && requests < 0) {
            throw badUsage("--requests cannot be negative: " + requests);
        }
        ReferenceWorkload workload = ReferenceWorkload.of(tokens, outputShare).withCacheHitShare(cacheShare);
        return requests == null ? workload : workload.withRequests(requests);
    }

    private void requireShare(BigDecimal share, String option) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw badUsage(option + " must be between 0 and 1 (0.25 is 25 %), not " + share.toPlainString());
        }
    }

    private static void printText(PrintWriter out, RouteComparison comparison, LibrarySheet home) {
        PriceEntry entry = comparison.model();
        ReferenceWorkload workload = comparison.workload();
        out.println(entry.provider() + " " + entry.model() + " (" + home.label() + ")");
        out.println(String.format(Locale.ROOT, "A month of %,d tokens: %s output, %s of the input from the cache, "
                        + "%,d requests.", workload.tokensPerMonth(), PriceText.percent(workload.outputShare()),
                PriceText.percent(workload.cacheHitShare()), workload.requestsPerMonth()));
        out.println();
        if (comparison.ranked().isEmpty()) {
            out.println("No route can be priced for this month.");
        } else {
            TextTable table = new TextTable().right("#").left("ROUTE").left("SHEET").right("PER MONTH").right("PER 1M TOKENS")
                    .right("GATEWAY FEES");
            int rank = 1;
            for (RouteResult.Priced route : comparison.ranked()) {
                table.row(String.valueOf(rank++), route.option().label(), route.option().underlying().sheet().id(),
                        PriceText.money(route.monthly()), PriceText.money(route.perMillion()), PriceText.money(route.fees()));
            }
            table.print(out);
            printFees(out, comparison);
        }
        if (!comparison.notComparable().isEmpty()) {
            out.println();
            out.println("Not comparable:");
            comparison.notComparable().forEach(route -> out.println("  " + route.option().label() + ": " + route.reason()));
        }
        Set<String> assumptions = new LinkedHashSet<>();
        comparison.ranked().forEach(route -> assumptions.addAll(route.notes()));
        if (!assumptions.isEmpty()) {
            out.println();
            out.println("Assumptions:");
            assumptions.forEach(note -> out.println("  " + note));
        }
        if (comparison.hasOneSellerOnly()) {
            out.println();
            out.println("Only one seller offers this model in the loaded sheets; add a price sheet to compare it with another.");
        }
    }

    private static void printFees(PrintWriter out, RouteComparison comparison) {
        boolean header = false;
        int rank = 1;
        for (RouteResult.Priced route : comparison.ranked()) {
            for (FeeLine line : route.feeLines()) {
                if (!header) {
                    out.println();
                    out.println("Fees:");
                    header = true;
                }
                out.println("  " + rank + ". " + route.option().label() + ": " + line.step().label() + " "
                        + PriceText.money(line.amount()) + " (" + line.explanation() + ")");
            }
            rank++;
        }
    }
}
