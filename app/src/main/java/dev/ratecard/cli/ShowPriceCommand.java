package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.workspace.prices.EntryDescription;
import dev.ratecard.workspace.prices.LibrarySheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code ratecard prices show MODEL}: every rate of one price and where it comes from. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show every rate of one price, its tiers, batch, regions and time windows, and its provenance.")
final class ShowPriceCommand extends PricesSubcommand {
    @Parameters(paramLabel = "MODEL", description = "The model as a log or a sheet writes it, e.g. claude-sonnet-4-5.")
    String model;

    @Option(names = "--sheet", paramLabel = "ID", description = "Look in this sheet only: a sheet id or a file's path.")
    String sheet;

    @Override
    void execute(PrintWriter out) throws IOException, ImportException {
        List<LibrarySheet> sheets = sheet == null ? prices.contents().sheets() : List.of(prices.sheet(sheet));
        ModelMatch.Matched match = find(model, sheets);
        PriceEntry entry = match.entry();
        LibrarySheet home = sheets.stream().filter(one -> one.entries().stream().anyMatch(e -> e == entry))
                .findFirst().orElseThrow();
        if (json) {
            PricesJson json = new PricesJson();
            var root = json.entry(entry, home);
            root.put("units", PricesJson.UNITS);
            root.put("matched", match.describe());
            json.print(out, root);
            return;
        }
        if (!match.rawName().equals(entry.model())) {
            out.println("\"" + model + "\" is " + match.describe());
            out.println();
        }
        out.print(EntryDescription.of(entry, home).asText());
    }

    /** The entry the engine's matcher reads {@code name} as, over {@code sheets} in their order. */
    static ModelMatch.Matched find(String name, List<LibrarySheet> sheets) {
        ModelMatcher matcher = new ModelMatcher(sheets.stream().flatMap(one -> one.entries().stream()).toList());
        return switch (matcher.match(null, name, null)) {
            case ModelMatch.Matched matched -> matched;
            case ModelMatch.Unmatched unmatched -> throw new BadInputException("no price for \"" + name + "\" in "
                    + (sheets.size() == 1 ? "sheet " + sheets.get(0).id() : "the loaded sheets")
                    + "; ratecard prices list --search shows what there is");
        };
    }
}
