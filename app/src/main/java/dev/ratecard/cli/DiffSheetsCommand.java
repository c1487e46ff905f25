package dev.ratecard.cli;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.ImportException;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.SheetChange;
import dev.ratecard.workspace.prices.SheetComparer;
import dev.ratecard.workspace.prices.SheetDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code ratecard prices diff SHEET_A SHEET_B}: what changed from one sheet to the other. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the models added and removed, and every rate changed, from SHEET_A to SHEET_B.")
final class DiffSheetsCommand extends PricesSubcommand {
    @Parameters(index = "0", paramLabel = "SHEET_A", description = "The older sheet: a sheet id or a file's path.")
    String before;

    @Parameters(index = "1", paramLabel = "SHEET_B", description = "The newer sheet: a sheet id or a file's path.")
    String after;

    @Override
    void execute(PrintWriter out) throws IOException, ImportException {
        LibrarySheet older = prices.sheet(before);
        LibrarySheet newer = prices.sheet(after);
        SheetDiff diff = new SheetComparer().compare(older, newer);
        if (json) {
            PricesJson json = new PricesJson();
            json.print(out, json.diff(diff));
            return;
        }
        out.println("From " + older.id() + " (" + older.label() + ")");
        out.println("  to " + newer.id() + " (" + newer.label() + ")");
        out.println(diff.paired() + " models in both, " + diff.unchanged() + " unchanged; "
                + diff.count(SheetChange.Kind.MODEL_ADDED) + " added, " + diff.count(SheetChange.Kind.MODEL_REMOVED)
                + " removed.");
        if (diff.isEmpty()) {
            out.println("No changes.");
            return;
        }
        out.println();
        TextTable table = new TextTable().left("CHANGE").left("PROVIDER").left("MODEL").left("WHAT").right("OLD")
                .right("NEW").right("CHANGE %").left("UNIT");
        for (SheetChange change : diff.changes()) {
            table.row(change.kind().label(), change.provider(), change.model(), change.what(), value(change, change.before()),
                    value(change, change.after()), change.percentChange().map(p -> signed(p) + "%").orElse(""),
                    change.unit() == null || change.unit() == SheetChange.RateUnit.PERCENT_OFF ? "" : change.unit().label());
        }
        table.print(out);
    }

    /** A rate in full in its currency ({@code $0.075}), a discount as {@code 50% off}; blank where there is none. */
    private static String value(SheetChange change, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return change.unit() == SheetChange.RateUnit.PERCENT_OFF ? value.toPlainString() + "% off"
                : MoneyFormatter.exact(new Money(value, change.currency()));
    }

    private static String signed(BigDecimal percent) {
        BigDecimal shown = percent.setScale(Math.min(2, Math.max(0, percent.scale())), RoundingMode.HALF_EVEN);
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
    }
}
