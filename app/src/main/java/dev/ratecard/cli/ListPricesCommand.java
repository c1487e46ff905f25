package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.prices.CatalogueSearch;
import dev.ratecard.workspace.prices.LibrarySheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code ratecard prices list}: the catalogue, or one sheet of it, optionally searched. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List prices: provider, model, route and rates per 1M tokens, with each sheet's date.")
final class ListPricesCommand extends PricesSubcommand {
    static final List<UsageBucket> COLUMNS = List.of(UsageBucket.UNCACHED_INPUT, UsageBucket.CACHE_READ,
            UsageBucket.CACHE_WRITE_5M, UsageBucket.OUTPUT_TEXT, UsageBucket.REASONING);

    @Option(names = "--sheet", paramLabel = "ID", description = "Only this sheet: a sheet id or a file's path.")
    String sheet;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only prices whose provider, model or alias holds every word of TEXT.")
    String search;

    @Override
    void execute(PrintWriter out) throws IOException, ImportException {
        List<LibrarySheet> sheets = sheet == null ? prices.contents().sheets() : List.of(prices.sheet(sheet));
        CatalogueSearch query = CatalogueSearch.of(search);
        if (json) {
            printJson(out, sheets, query);
            return;
        }
        TextTable table = new TextTable().left("SHEET").left("PROVIDER").left("MODEL").left("ROUTE");
        COLUMNS.forEach(bucket -> table.right(PriceText.header(bucket)));
        table.left("AS OF");
        int shown = 0;
        for (LibrarySheet one : sheets) {
            for (PriceEntry entry : one.entries()) {
                if (query.matches(entry)) {
                    String[] cells = new String[5 + COLUMNS.size()];
                    cells[0] = one.id();
                    cells[1] = entry.provider();
                    cells[2] = entry.model();
                    cells[3] = entry.route();
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        cells[4 + i] = PriceText.rate(entry, COLUMNS.get(i));
                    }
                    cells[cells.length - 1] = entry.provenance().asOf().toString();
                    table.row(cells);
                    shown++;
                }
            }
        }
        if (table.isEmpty()) {
            out.println("No price matches" + (search == null ? "" : " \"" + search + "\"") + ".");
            return;
        }
        table.print(out);
        out.println();
        out.println(String.format(Locale.ROOT, "%,d price%s in %d sheet%s; rates per 1M tokens.", shown,
                shown == 1 ? "" : "s", sheets.size(), sheets.size() == 1 ? "" : "s"));
    }

    private void printJson(PrintWriter out, List<LibrarySheet> sheets, CatalogueSearch query) throws IOException {
        PricesJson json = new PricesJson();
        ObjectNode root = json.object();
        root.put("units", PricesJson.UNITS);
        ArrayNode sheetNodes = root.putArray("sheets");
        ArrayNode entries = root.putArray("prices");
        for (LibrarySheet one : sheets) {
            sheetNodes.add(json.sheet(one));
            one.entries().stream().filter(query::matches).forEach(entry -> entries.add(json.summary(entry, one)));
        }
        json.print(out, root);
    }
}
