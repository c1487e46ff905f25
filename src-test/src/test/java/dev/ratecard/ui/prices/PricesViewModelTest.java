package dev.ratecard.ui.prices;

import dev.ratecard.pricing.Money;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.prices.EntryDescription;
import dev.ratecard.workspace.prices.PriceLibrary;
import dev.ratecard.workspace.prices.PriceSheetFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Prices screen's view model over the bundled catalogue, without a toolkit; background work runs inline. */
class PricesViewModelTest {
    private static BundledCatalogue catalogue;

    @TempDir
    Path dataFolder;
    @TempDir
    Path downloads;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<String> notices = new ArrayList<>();
    private PricesViewModel model;

    @BeforeAll
    static void loadTheCatalogueOnce() {
        catalogue = BundledCatalogue.load();
    }

    @BeforeEach
    void openTheScreen() {
        model = new PricesViewModel(PriceLibrary.inDataFolder(catalogue, dataFolder), dialogs,
                new CurrentThreadTaskExecutor(), notices::add, Clock.fixed(Instant.parse("2026-08-15T09:00:00Z"), ZoneOffset.UTC));
        model.load();
    }

    @Test
    void showsEveryBundledPriceOnceLoaded() {
        assertEquals(PricesViewModel.State.READY, model.stateProperty().get());
        // Ratecard's ten provider sheets hold 24 + 14 + 11 + 7 + 14 + 14 + 16 + 15 + 8 + 14 = 137 prices, the LiteLLM
        // snapshot 2,982 and OpenRouter's list 331 (336 models less 5 routers without a price): 3,450.
        assertEquals(3_450, model.rows().size());
        assertEquals("3,450 prices in 12 sheets", model.summaryProperty().get());
        assertEquals(13, model.sheetChoices().size(), "all sheets, then each of the 12");
    }

    @Test
    void searchesTheSheetPickedByEveryWordTyped() {
        model.sheetProperty().set(choice("anthropic"));
        model.searchProperty().set("sonnet 4");

        // sonnet-4-20250514, sonnet-4-5 and sonnet-4-6 hold "sonnet" and "4"; 3-7-sonnet and sonnet-5 do not.
        assertEquals(List.of("claude-sonnet-4-20250514", "claude-sonnet-4-5", "claude-sonnet-4-6"), models());
        assertEquals("3 of 14 prices in Anthropic (direct) match", model.summaryProperty().get());
        assertEquals("", model.emptyMessageProperty().get());
    }

    @Test
    void findsADottedVersionWrittenWithDashes() {
        model.sheetProperty().set(choice("openrouter"));
        model.searchProperty().set("claude-sonnet-4-5");

        assertEquals(List.of("anthropic/claude-sonnet-4.5"), models());
    }

    @Test
    void saysSoWhenNothingMatches() {
        model.searchProperty().set("no-such-model");

        assertEquals(List.of(), model.rows());
        assertEquals("No price matches \"no-such-model\"", model.emptyMessageProperty().get());
        assertEquals("0 of 3,450 prices in 12 sheets match", model.summaryProperty().get());
    }

    @Test
    void sortsByTheTablesColumnWithMissingRatesLast() {
        model.sheetProperty().set(choice("anthropic"));

        model.sortOrderProperty().set(CatalogueColumn.OUTPUT.comparator());
        // Haiku 4.5 $5, Sonnet 5 $10, then the $15 Sonnets …
        assertEquals(List.of("claude-haiku-4-5", "claude-sonnet-5"), models().subList(0, 2));
        model.sortOrderProperty().set(CatalogueColumn.OUTPUT.comparator().reversed());
        // … and Opus 4 and 4.1 at $75 first the other way round.
        assertEquals(List.of("claude-opus-4-20250514", "claude-opus-4-1"), models().subList(0, 2));

        model.sheetProperty().set(choice("litellm"));
        model.sortOrderProperty().set(CatalogueColumn.INPUT.comparator());
        List<BigDecimal> inputs = model.rows().stream().map(row -> row.rate(dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT)).toList();
        int firstMissing = inputs.indexOf(null);
        assertTrue(firstMissing > 0, "the snapshot has entries without an input rate");
        assertTrue(inputs.subList(firstMissing, inputs.size()).stream().allMatch(rate -> rate == null),
                "entries without an input rate come after every priced one");
    }

    @Test
    void showsTheSelectedPricesDetailsAndComparesItsRoutes() {
        model.selectedProperty().set(row("anthropic", "claude-sonnet-4-5"));

        EntryDescription details = model.detailsProperty().get();
        assertEquals("Price", details.sections().get(0).title());
        assertTrue(details.sections().get(0).lines().contains(new EntryDescription.Line("Model", "claude-sonnet-4-5")));
        RouteComparisonViewModel routes = model.comparison();
        assertEquals(RouteComparisonViewModel.State.READY, routes.stateProperty().get());
        // 75M × $3/M + 25M × $15/M = $600, $6 per 1M tokens.
        RouteRow cheapest = routes.rows().get(0);
        assertEquals("anthropic (direct)", cheapest.route());
        assertEquals(Money.usd("600"), cheapest.monthly());
        assertEquals(Money.usd("6"), cheapest.perMillion());
        assertEquals("Routes for claude-sonnet-4-5: 100,000,000 tokens a month, 25% output, no cache, 50,000 requests",
                routes.headingProperty().get());
    }

    @Test
    void comparesAgainWhenTheMonthChanges() {
        model.selectedProperty().set(row("anthropic", "claude-sonnet-4-5"));
        RouteComparisonViewModel routes = model.comparison();

        routes.outputPercentProperty().set("50");
        // 50M × $3/M + 50M × $15/M = $150 + $750 = $900.
        assertEquals(Money.usd("900"), routes.rows().get(0).monthly());

        routes.cachePercentProperty().set("40");
        // 50M input: 20M cache reads at $0.30/M, 30M uncached at $3/M; 50M output at $15/M: $6 + $90 + $750 = $846.
        assertEquals(Money.usd("846"), routes.rows().get(0).monthly());
    }

    @Test
    void ranksTheGatewaysWithoutAPublishedMarkupOnceOneIsEntered() {
        model.selectedProperty().set(row("anthropic", "claude-sonnet-4-5"));
        RouteComparisonViewModel routes = model.comparison();
        String tokenMix = "TokenMix (pay-as-you-go) over anthropic (direct)";
        assertFalse(routeRow(routes, tokenMix).isComparable());

        routes.userMarkupPercentProperty().set("3");

        // $600 × 1.03 = $618.
        assertEquals(Money.usd("618"), routeRow(routes, tokenMix).monthly());
    }

    @Test
    void comparesNothingWhileTheMonthHasAProblem() {
        // Gets: the field's sentence and no figures, rather than a comparison on a month nobody meant.
        model.selectedProperty().set(row("anthropic", "claude-sonnet-4-5"));
        RouteComparisonViewModel routes = model.comparison();

        routes.tokensProperty().set("a lot");

        assertEquals(RouteComparisonViewModel.State.FIX_THE_MONTH, routes.stateProperty().get());
        assertEquals(List.of(), routes.rows());
        assertEquals("Enter the tokens a month as a whole number, e.g. 100,000,000 or 100M", routes.tokensCheck().error());
    }

    @Test
    void readsTokensWithGroupingOrASuffix() {
        model.selectedProperty().set(row("anthropic", "claude-sonnet-4-5"));
        RouteComparisonViewModel routes = model.comparison();

        routes.tokensProperty().set("1M");

        // 750k × $3/M + 250k × $15/M = $2.25 + $3.75 = $6.
        assertEquals(Money.usd("6"), routes.rows().get(0).monthly());
    }

    @Test
    void clearsTheDetailsAndComparisonWhenTheSelectionGoes() {
        model.selectedProperty().set(row("anthropic", "claude-sonnet-4-5"));

        model.selectedProperty().set(null);

        assertNull(model.detailsProperty().get());
        assertEquals(RouteComparisonViewModel.State.NO_SELECTION, model.comparison().stateProperty().get());
        assertEquals(List.of(), model.comparison().rows());
    }

    @Test
    void addsASheetThatReadsAndShowsIt() throws IOException {
        dialogs.answerFilesToOpen(List.of(PriceSheetFixtures.copy("negotiated-acme.json", downloads)));

        model.addSheet();

        assertEquals("negotiated-acme", model.sheetProperty().get().sheet().id());
        assertEquals(List.of("acme-large", "acme-small"), models());
        assertEquals(List.of("Added the price sheet \"Acme, our negotiated rates\": 2 prices, as of 2026-07-01"), notices);
        assertTrue(Files.exists(dataFolder.resolve("price-sheets").resolve("negotiated-acme.json")));
        assertTrue(model.canRemoveSheetProperty().get());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void refusesASheetThatDoesNotReadWithTheReadersIssues() {
        // Gets: an error saying the file was not added, the reader's issue (file, JSON path, value) in plain view,
        // and a library left as it was.
        dialogs.answerFilesToOpen(List.of(PriceSheetFixtures.copy("negative-rate.json", downloads)));

        model.addSheet();

        ErrorReport error = dialogs.errors().get(0);
        assertEquals("\"negative-rate.json\" was not added: Ratecard cannot read it as a price sheet", error.whatHappened());
        assertTrue(error.whatToDo().startsWith("The reader found:\n• negative-rate.json:"), error.whatToDo());
        assertTrue(error.whatToDo().contains("\"-2.00\""), error.whatToDo());
        assertTrue(error.whatToDo().endsWith("Fix the file and add it again. Nothing was copied."));
        assertEquals(3_450, model.rows().size());
        assertEquals(13, model.sheetChoices().size());
        assertFalse(Files.exists(dataFolder.resolve("price-sheets").resolve("negative-rate.json")));
    }

    @Test
    void addsNothingWhenNoFileIsChosen() {
        dialogs.answerFilesToOpen(List.of());

        model.addSheet();

        assertEquals(13, model.sheetChoices().size());
        assertEquals(List.of(), notices);
    }

    @Test
    void removesTheUsersSheetOnlyOnceConfirmed() {
        dialogs.answerFilesToOpen(List.of(PriceSheetFixtures.copy("negotiated-acme.json", downloads)));
        model.addSheet();

        dialogs.answerConfirm(false);
        model.removeSheet();
        assertEquals(14, model.sheetChoices().size());

        dialogs.answerConfirm(true);
        model.removeSheet();
        assertEquals(13, model.sheetChoices().size());
        assertEquals(SheetChoice.ALL, model.sheetProperty().get());
        assertEquals("Removed the price sheet \"Acme, our negotiated rates\"", notices.getLast());
        assertEquals("Remove the sheet", dialogs.asked().get(0).confirmLabel());
    }

    @Test
    void offersNoRemovalOfABundledSheet() {
        model.sheetProperty().set(choice("openai"));

        assertFalse(model.canRemoveSheetProperty().get());
        model.removeSheet();
        assertEquals(List.of(), dialogs.asked());
    }

    @Test
    void comparesAPickedSheetWithItsNewerDate() {
        dialogs.answerFilesToOpen(List.of(PriceSheetFixtures.copy("acme-2026-03-01.json", downloads),
                PriceSheetFixtures.copy("acme-2026-01-01.json", downloads)));
        model.addSheet();
        model.sheetProperty().set(choice("acme-2026-01-01"));

        model.compareSheetWithAnother();

        SheetChangesViewModel changes = model.changes();
        assertEquals("acme-2026-01-01", changes.beforeProperty().get().id());
        assertEquals("acme-2026-03-01", changes.afterProperty().get().id());
        assertEquals(9, changes.changes().size(), "the nine changes of SheetComparerTest");
    }

    @Test
    void saysWhenOnlyOneSellerOffersTheModel() {
        dialogs.answerFilesToOpen(List.of(PriceSheetFixtures.copy("negotiated-acme.json", downloads)));
        model.addSheet();

        model.selectedProperty().set(row("negotiated-acme", "acme-small"));

        assertEquals("Only acme (direct) sells acme-small in the loaded sheets; the gateways below add their fees to its "
                + "price. Add a price sheet to compare it with another seller.", model.comparison().oneRouteNoteProperty().get());
    }

    private List<String> models() {
        return model.rows().stream().map(row -> row.entry().model()).toList();
    }

    private SheetChoice choice(String id) {
        return model.sheetChoices().stream().filter(c -> !c.isAll() && c.sheet().id().equals(id)).findFirst().orElseThrow();
    }

    private CatalogueRow row(String sheetId, String modelId) {
        return Stream.of(model.rows().toArray(CatalogueRow[]::new))
                .filter(r -> r.sheet().id().equals(sheetId) && r.entry().model().equals(modelId)).findFirst().orElseThrow();
    }

    private static RouteRow routeRow(RouteComparisonViewModel routes, String label) {
        return routes.rows().stream().filter(r -> r.route().equals(label)).findFirst().orElseThrow();
    }
}
