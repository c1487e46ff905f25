package dev.ratecard.ui.overview;

import dev.ratecard.ui.component.Columns;
import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.screen.ScreenView;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/**
 * Lays out the Overview: the sample's banner while it is installed; spend by month with the monthly volume beside
 * it; spend by route, provider and model; the scenarios' top findings; the reconciliation. An empty workspace shows
 * the two ways to fill it. Rebuilt whole when the figures change (a few dozen nodes).
 */
final class OverviewView implements ScreenView {
    private final OverviewViewModel model;
    private final StackPane root = new StackPane();

    OverviewView(OverviewViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        root.setId("overview");
        root.getStylesheets().add(Objects.requireNonNull(OverviewView.class.getResource("overview.css"),
                "overview.css is missing").toExternalForm());
        InvalidationListener show = observable -> show();
        model.stateProperty().addListener(show);
        model.figuresProperty().addListener(show);
        model.sampleInstalledProperty().addListener(show);
        model.workspace().sampleBusyProperty().addListener(show);
        show();
    }

    @Override
    public Node root() {
        return root;
    }

    private void show() {
        Node content = switch (model.stateProperty().get()) {
            case WAITING, LOADING -> muted("Working out the overview\u2026");
            case FAILED -> new EmptyState(Glyph.WARNING, "The overview could not be worked out",
                    model.workspace().problemProperty().get().isEmpty() ? "Try again." : model.workspace().problemProperty().get(),
                    "Try again", model::reload);
            case EMPTY -> model.workspace().sampleBusyProperty().get()
                    ? muted("Adding the sample workspace: three months of usage exports and a scenario\u2026") : empty();
            case READY -> figures(model.figuresProperty().get());
        };
        root.getChildren().setAll(content);
    }

    private Node empty() {
        EmptyState state = new EmptyState(OverviewScreen.GLYPH, "Nothing to show yet",
                "Import a usage export or log to see what your LLM traffic costs by month, provider, route and model, and"
                        + " what moving it would save. Or open the sample workspace: three months of a chatbot, a batch"
                        + " pipeline and a coding team.", "Import a usage export\u2026", model::importUsage);
        Button sample = new Button("Open the sample workspace");
        sample.setId("overview-open-sample");
        sample.getStyleClass().add("link-button");
        sample.disableProperty().bind(Bindings.not(model.workspace().installSampleCommand().enabled()));
        sample.setOnAction(event -> model.openSample());
        state.getChildren().add(sample);
        return state;
    }

    private Node figures(OverviewFigures figures) {
        Label title = new Label("Overview");
        title.getStyleClass().add("page-title");
        Label total = new Label("Spend recomputed: " + figures.totalSpend());
        total.setId("overview-total");
        total.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, total, spacer);
        header.getStyleClass().add("overview-header");

        VBox page = new VBox(24, header);
        page.getStyleClass().addAll("page", "overview");
        if (model.sampleInstalledProperty().get()) {
            page.getChildren().add(sampleBanner());
        }
        if (figures.hasUsage()) {
            CardRow first = new CardRow(24)
                    .add(SpendCharts.monthlyCard("Spend by month", "overview-by-month", figures.byMonth()), 2)
                    .add(volume(figures), 1);
            CardRow shares = new CardRow(24)
                    .add(SpendCharts.rankedCard("Spend by route", "overview-by-route", figures.byRoute(),
                            "USD, with gateway fees"), 1)
                    .add(SpendCharts.rankedCard("Spend by provider", "overview-by-provider", figures.byProvider(),
                            "USD, before gateway fees"), 1);
            Node byModel = SpendCharts.rankedCard("Spend by model", "overview-by-model", figures.byModel(),
                    "USD, before gateway fees");
            Label note = muted(figures.spendNote());
            note.setId("overview-spend-note");
            note.setWrapText(true);
            page.getChildren().addAll(first, shares, byModel, note);
        }
        page.getChildren().add(findings(figures));
        if (figures.hasUsage()) {
            page.getChildren().add(reconciliation(figures));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("overview-scroll");
        return scroll;
    }

    private Node sampleBanner() {
        Label text = new Label("This is the sample workspace: three months of generated usage exports and the headline"
                + " scenario. Remove it when you import your own.");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button("Remove the sample data\u2026");
        remove.setId("overview-remove-sample");
        remove.setMinWidth(Button.USE_PREF_SIZE);
        remove.disableProperty().bind(Bindings.not(model.workspace().removeSampleCommand().enabled()));
        remove.setOnAction(event -> model.removeSample());
        HBox banner = new HBox(16, text, remove);
        banner.setId("overview-sample-banner");
        banner.getStyleClass().add("sample-banner");
        return banner;
    }

    private static Node volume(OverviewFigures figures) {
        Label heading = new Label("Monthly volume");
        heading.getStyleClass().add("section-title");
        VBox card = new VBox(12, heading);
        for (int i = 0; i < figures.lastMonth().size(); i++) {
            KeyFigure key = figures.lastMonth().get(i);
            Label value = new Label(key.value());
            value.setId("overview-key-" + i);
            value.getStyleClass().add("key-figure");
            Label caption = muted(key.caption());
            caption.setWrapText(true);
            card.getChildren().add(new VBox(0, value, caption));
        }
        for (int i = 0; i < figures.volume().size(); i++) {
            Label line = muted(figures.volume().get(i));
            line.setId("overview-volume-" + i);
            line.setWrapText(true);
            card.getChildren().add(line);
        }
        card.getStyleClass().add("card");
        card.setId("overview-volume");
        card.setPrefWidth(340);
        card.setMinWidth(260);
        return card;
    }

    private Node findings(OverviewFigures figures) {
        Label heading = new Label("Top findings of your scenarios");
        heading.getStyleClass().add("section-title");
        VBox card = new VBox(12, heading);
        card.setId("overview-findings");
        card.getStyleClass().add("card");
        if (figures.findings().isEmpty() && figures.findingProblems().isEmpty()) {
            card.getChildren().add(muted("No stored scenarios yet. Build one on the Scenarios screen, from your stored"
                    + " usage or a synthetic workload."));
        }
        for (int i = 0; i < figures.findings().size(); i++) {
            card.getChildren().add(finding(figures.findings().get(i), i));
        }
        figures.findingProblems().forEach(problem -> card.getChildren().add(muted("Could not be evaluated: " + problem)));
        return card;
    }

    private Node finding(FindingRow finding, int index) {
        Label headline = new Label(finding.headline());
        headline.setId("overview-finding-" + index);
        headline.getStyleClass().add(finding.saves() ? "finding-saving" : "finding-no-saving");
        headline.setWrapText(true);
        Label figures = muted(finding.saving());
        VBox box = new VBox(4, headline, figures);
        finding.details().forEach(detail -> {
            Label line = muted(detail);
            line.setWrapText(true);
            box.getChildren().add(line);
        });
        Hyperlink open = new Hyperlink("Scenario: " + finding.scenario());
        open.setId("overview-finding-open-" + index);
        open.setDisable(!model.canOpenScenarios());
        open.setOnAction(event -> model.openScenario(finding));
        box.getChildren().add(open);
        box.getStyleClass().add("finding");
        return box;
    }

    private Node reconciliation(OverviewFigures figures) {
        Label heading = new Label("Reported against recomputed");
        heading.getStyleClass().add("section-title");
        TableView<ReconciliationRow> table = new TableView<>();
        table.getItems().setAll(figures.reconciliation());
        table.setId("overview-reconciliation");
        table.getColumns().addAll(List.of(
                Columns.text("Route", "reconciliation-column-route", ReconciliationRow::route, 110),
                Columns.text("Model (price entry)", "reconciliation-column-model", ReconciliationRow::model, 260),
                Columns.count("Rows", "reconciliation-column-rows", ReconciliationRow::rows, 60),
                Columns.figure("Reported", "reconciliation-column-reported", ReconciliationRow::reported, 80),
                Columns.figure("At direct list price", "reconciliation-column-recomputed", ReconciliationRow::recomputed, 80),
                Columns.figure("Difference", "reconciliation-column-difference", ReconciliationRow::difference, 80),
                Columns.figure("Markup", "reconciliation-column-markup", ReconciliationRow::markup,
                        "No share to give: the costs are in other currencies, or the list price is zero", 70)));
        Columns.fitFigures(table);
        table.setPlaceholder(muted("No source stated a cost, so there is nothing to reconcile."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Narrower than its columns, the table scrolls inside its card rather than widening the page.
        table.setMinWidth(240);
        table.setPrefHeight(Math.min(320, 56 + 28 * Math.max(1, figures.reconciliation().size())));
        Label note = muted(figures.reconciliationNote());
        note.setWrapText(true);
        Hyperlink usage = new Hyperlink("Map unmatched models on the Usage screen");
        usage.setOnAction(event -> model.showUsage());
        VBox card = new VBox(8, heading, table, note, usage);
        card.getStyleClass().add("card");
        card.setId("overview-reconciliation-card");
        return card;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
