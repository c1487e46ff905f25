package dev.ratecard.ui.overview;

import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.screen.RecordingNavigator;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Overview's figures as shown, worked out by hand from {@link HandCheckedUsage}: its August log (direct; $0.096
 * priced, acme-internal-llm unmatched) and its September OpenRouter generation ($45 plus a $2.475 card top-up), seen
 * on 2026-10-05, so September is the last full month. Total $47.571.
 */
class OverviewViewModelTest {
    private static final Clock OCTOBER_5 = Clock.fixed(Instant.parse("2026-10-05T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private OpenedWorkspace opened;
    private final RecordingNavigator navigator = new RecordingNavigator("usage", "scenarios");

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void anEmptyWorkspaceOffersAnImportOrTheSample() {
        OverviewViewModel overview = overview(OpenedWorkspace.in(folder), OCTOBER_5);

        assertEquals(OverviewViewModel.State.EMPTY, overview.stateProperty().get());
        assertTrue(overview.workspace().installSampleCommand().enabled().get());

        overview.importUsage();

        assertEquals(1, navigator.filesAsked, "File \u203a Open or import\u2026, whose files go to the Usage screen");
    }

    @Test
    void spendByMonthRouteProviderAndModelWithTheirShares() {
        OverviewFigures figures = handChecked();

        assertEquals("$47.57", figures.totalSpend());
        // August 0.096 of 47.571 = 0.2 %; September 45 + 2.475 = 47.475 (to the cent, half to even: $47.48) = 99.8 %.
        assertEquals(List.of("Aug 2026 $0.0960 0.2 %", "Sep 2026 $47.48 99.8 %"), lines(figures.byMonth()));
        assertEquals(List.of("openrouter $47.48 99.8 %", "direct $0.0960 0.2 %"), lines(figures.byRoute()));
        // Before the gateway's fee: 45 + 0.075 + 0.021 = 45.096 of 47.571 = 94.797 %.
        assertEquals(List.of("openai $45.10 94.8 %"), lines(figures.byProvider()));
        // 45 / 47.571 = 94.60 %; 0.075 / 47.571 = 0.158 %; 0.021 / 47.571 = 0.044 %.
        assertEquals(List.of("openai/gpt-4o $45.00 94.6 %", "gpt-4o $0.0750 0.2 %", "gpt-4o-mini $0.0210 0.0 %"),
                lines(figures.byModel()));
        assertEquals("Recomputed at the list prices of each row's route; by month and route with the gateways' fees ($2.48),"
                + " by provider and model before them. 1 row has no price and is in no figure: map its model on the Usage"
                + " screen.", figures.spendNote());
    }

    @Test
    void theCurrentVolumeIsTheLastMonthThatHasEnded() {
        // September: 10,000,000 + 2,000,000 tokens in one request. Average of August's 138,500 tokens and 4 requests
        // and September's: 6,069,250 tokens and 2 requests (whole requests) a month.
        OverviewFigures figures = handChecked();
        // September's spend: $45 plus the $2.475 top-up, to the cent half to even.
        assertEquals(List.of(new KeyFigure("12M", "tokens in September 2026"), new KeyFigure("1", "request in September 2026"),
                new KeyFigure("$47.48", "spent in September 2026, recomputed")), figures.lastMonth());
        assertEquals(List.of("12,000,000 tokens in September 2026, the last full month.",
                "Average over 2 months: 6.1M tokens and 2 requests a month"), figures.volume());
    }

    @Test
    void reportedAgainstRecomputedPerRouteAndModel() {
        OverviewFigures figures = handChecked();

        // OpenRouter passes GPT-4o through at OpenAI's list price; lines 1 and 2 reported exactly their list price.
        assertEquals(List.of("openrouter openai gpt-4o 1 $45.00 $45.00 $0.00 0.0 %",
                        "direct openai gpt-4o 2 $0.0750 $0.0750 $0.00 0.0 %"),
                figures.reconciliation().stream().map(row -> String.join(" ", row.route(), row.model(), Long.toString(row.rows()),
                        row.reported(), row.recomputed(), row.difference(), row.markup())).toList());
        assertTrue(figures.reconciliationNote().endsWith(" 2 rows state no cost and are left out."),
                "gpt-4o-mini and acme-internal-llm");
    }

    @Test
    void theSampleShowsItsScenariosFindingWhichLeadsToTheScenariosAndOneActionRemovesItAll() {
        opened = OpenedWorkspace.in(folder, true);
        opened.imported(HandCheckedUsage.write(folder));
        OverviewViewModel overview = new OverviewViewModel(opened.model, opened.tasks, opened.dialogs, navigator,
                OpenedWorkspace.TODAY);
        overview.reload();

        assertTrue(overview.sampleInstalledProperty().get());
        OverviewFigures figures = overview.figuresProperty().get();
        assertFalse(figures.findings().isEmpty());
        FindingRow headline = figures.findings().getFirst();
        assertTrue(headline.headline().startsWith("Moving ") && headline.headline().endsWith("/month"), headline.headline());
        assertTrue(overview.canOpenScenarios());
        overview.openScenario(headline);
        assertEquals(List.of("scenarios"), navigator.shown);
        long seeded = opened.workspace().database().scenarios().list().getFirst().id();
        assertEquals(headline.scenarioId(), seeded);
        assertEquals(List.of("scenarios/" + seeded), navigator.revealed, "the finding's own scenario");

        opened.dialogs.answerConfirm(true);
        overview.removeSample();

        assertFalse(overview.sampleInstalledProperty().get());
        assertEquals(OverviewViewModel.State.READY, overview.stateProperty().get(), "the user's own import stays");
        assertEquals("$0.0960", overview.figuresProperty().get().totalSpend(), "the hand-checked log alone");
        assertEquals(List.of(), overview.figuresProperty().get().findings(), "the seeded scenario went with the sample");
    }

    private OverviewFigures handChecked() {
        opened = OpenedWorkspace.in(folder);
        opened.imported(HandCheckedUsage.write(folder));
        opened.imported(HandCheckedUsage.writeOpenRouter(folder));
        OverviewViewModel overview = overview(opened, OCTOBER_5);
        assertEquals(OverviewViewModel.State.READY, overview.stateProperty().get());
        return overview.figuresProperty().get();
    }

    private OverviewViewModel overview(OpenedWorkspace workspace, Clock clock) {
        opened = workspace;
        OverviewViewModel overview = new OverviewViewModel(workspace.model, workspace.tasks, workspace.dialogs, navigator, clock);
        overview.reload();
        return overview;
    }

    private static List<String> lines(List<SpendBar> bars) {
        return bars.stream().map(bar -> bar.label() + " " + bar.text() + " " + bar.share()).toList();
    }
}
