package dev.ratecard.bench;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.ui.prices.CatalogueRow;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.prices.CatalogueSearch;
import dev.ratecard.workspace.prices.ComparisonSettings;
import dev.ratecard.workspace.prices.LibraryContents;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.PriceLibrary;
import dev.ratecard.workspace.prices.ReferenceWorkload;
import dev.ratecard.workspace.prices.RouteComparer;
import dev.ratecard.workspace.prices.RouteComparison;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the Prices screen does on the UI thread at each keystroke of a search (re-filter the ~3,450 catalogue rows
 * of the bundled sheets), against reading every row once, the least any filter could do; and the route comparison
 * it runs in the background for a selection, and the index it builds once per library. A frame is 16 ms: the
 * filter must stay far below it for typing to stay smooth without moving it off the UI thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PriceCatalogueBench {
    private LibraryContents contents;
    private List<CatalogueRow> rows;
    private FilteredList<CatalogueRow> filtered;
    private RouteComparer comparer;
    private PriceEntry sonnet;
    private boolean alternate;

    @Setup
    public void loadTheBundledCatalogue() throws Exception {
        contents = PriceLibrary.inDataFolder(BundledCatalogue.load(), Files.createTempDirectory("ratecard-bench"))
                .load(Progress.NONE);
        rows = new ArrayList<>();
        for (LibrarySheet sheet : contents.sheets()) {
            sheet.entries().forEach(entry -> rows.add(CatalogueRow.of(sheet, entry)));
        }
        ObservableList<CatalogueRow> all = FXCollections.observableArrayList(rows);
        filtered = new FilteredList<>(all);
        comparer = new RouteComparer(contents, YearMonth.of(2026, 8));
        sonnet = comparer.find("claude-sonnet-4-5").orElseThrow().entry();
    }

    @Benchmark
    public long baselineReadEveryRowOnce() {
        long length = 0;
        for (CatalogueRow row : rows) {
            length += row.searchText().length();
        }
        return length;
    }

    /** One keystroke: a new predicate over every row, as the view model sets it (alternating, so each call re-filters). */
    @Benchmark
    public int searchKeystroke() {
        alternate = !alternate;
        CatalogueSearch search = CatalogueSearch.of(alternate ? "sonnet-4-5" : "sonnet-4-");
        filtered.setPredicate(row -> search.matchesText(row.searchText()));
        return filtered.size();
    }

    @Benchmark
    public RouteComparison compareSonnetAcrossRoutes() {
        return comparer.compare(sonnet, ReferenceWorkload.defaults(), ComparisonSettings.defaults());
    }

    @Benchmark
    public RouteComparer indexTheLibraryForComparisons() {
        return new RouteComparer(contents, YearMonth.of(2026, 8));
    }
}
