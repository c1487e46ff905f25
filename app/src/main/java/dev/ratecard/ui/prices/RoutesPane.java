package dev.ratecard.ui.prices;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.component.FieldDecorations;
import dev.ratecard.ui.mvvm.FieldCheck;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The route comparison: the month it is priced on (fields with their problems under them), the routes cheapest
 * first with every fee explained, and a small bar chart of the cheapest per 1M tokens.
 */
final class RoutesPane {
    private RoutesPane() {
    }

    static Node build(RouteComparisonViewModel model) {
        Label heading = new Label();
        heading.setId("prices-routes-heading");
        heading.getStyleClass().add("details-title");
        heading.textProperty().bind(model.headingProperty());
        Label oneRoute = new Label();
        oneRoute.setId("prices-one-route");
        oneRoute.getStyleClass().add("hint");
        oneRoute.setWrapText(true);
        oneRoute.textProperty().bind(model.oneRouteNoteProperty());
        oneRoute.visibleProperty().bind(model.oneRouteNoteProperty().isNotEmpty());
        oneRoute.managedProperty().bind(oneRoute.visibleProperty());

        TableView<RouteRow> table = table(model);
        BarChart<Number, String> chart = RoutesChart.build();
        model.rows().addListener((ListChangeListener<RouteRow>) change -> RoutesChart.show(chart, model.rankedRows()));
        chart.visibleProperty().bind(model.stateProperty().isEqualTo(RouteComparisonViewModel.State.READY));
        SplitPane results = new SplitPane(table, chart);
        // The figures and the first fee column in view beside the chart at the usual window width.
        results.setDividerPositions(0.62);
        EmptyState nothingSelected = new EmptyState(PricesScreen.TAG_GLYPH, "Select a price to compare its routes",
                "Every route that sells its model is priced for the month set above, fees included, cheapest first.");
        nothingSelected.visibleProperty().bind(model.stateProperty().isEqualTo(RouteComparisonViewModel.State.NO_SELECTION));
        results.visibleProperty().bind(nothingSelected.visibleProperty().not());
        StackPane area = new StackPane(results, nothingSelected);
        VBox.setVgrow(area, Priority.ALWAYS);

        VBox pane = new VBox(8, heading, workload(model), oneRoute, area);
        pane.getStyleClass().add("pane-content");
        pane.setId("prices-comparison");
        return pane;
    }

    /** The month on one line, label beside field; a field's problem goes under the whole line. */
    private static Node workload(RouteComparisonViewModel model) {
        HBox fields = new HBox(8);
        fields.getStyleClass().add("workload");
        VBox problems = new VBox(2);
        field(fields, problems, "Tokens a month", "prices-tokens", model.tokensProperty(), model.tokensCheck(), 9, "100,000,000");
        field(fields, problems, "Output %", "prices-output-share", model.outputPercentProperty(), model.outputCheck(), 3, "25");
        field(fields, problems, "Cache hits %", "prices-cache-share", model.cachePercentProperty(), model.cacheCheck(), 3, "0");
        field(fields, problems, "Requests a month", "prices-requests", model.requestsProperty(), model.requestsCheck(), 10,
                "1 per 2,000 tokens");
        Label markup = field(fields, problems, "Your markup %", "prices-user-markup", model.userMarkupPercentProperty(),
                model.markupCheck(), 3, "—");
        markup.setTooltip(new Tooltip("The markup you see at gateways that publish no figure of their own (TokenMix). "
                + "Until you enter it, they are listed as not comparable."));
        problems.managedProperty().bind(model.validProperty().not());
        problems.visibleProperty().bind(problems.managedProperty());
        return new VBox(4, fields, problems);
    }

    private static Label field(HBox fields, VBox problems, String label, String id, StringProperty value, FieldCheck check,
                               int width, String prompt) {
        Label name = new Label(label);
        name.getStyleClass().add("muted");
        name.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(width);
        field.setPromptText(prompt);
        field.getStyleClass().add("numeric");
        field.textProperty().bindBidirectional(value);
        name.setLabelFor(field);
        fields.getChildren().addAll(name, field);
        problems.getChildren().add(FieldDecorations.errorLabel(field, check));
        return name;
    }

    private static TableView<RouteRow> table(RouteComparisonViewModel model) {
        TableView<RouteRow> table = new TableView<>(model.rows());
        table.setId("prices-routes");
        table.getColumns().add(text("#", 44, RouteRow::rank, true));
        table.getColumns().add(text("Route", 200, RouteRow::route, false));
        table.getColumns().add(money("Per month", 112, RouteRow::monthly));
        table.getColumns().add(money("Per 1M tokens", 134, RouteRow::perMillion));
        // "Fees": what the route adds to the provider's price; "Gateway fees" would not fit beside the chart.
        TableColumn<RouteRow, String> fees = money("Fees", 104, RouteRow::fees);
        fees.setId("prices-routes-fees");
        table.getColumns().add(fees);
        table.getColumns().add(text("Sheet", 170, RouteRow::sheet, false));
        table.getColumns().add(text("Fees and notes", 420, RouteRow::explanation, false));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setRowFactory(unused -> new RouteTableRow());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case NO_SELECTION -> "Select a price above to compare the routes that sell its model.";
            case NOT_LOADED -> "The routes can be compared once the price sheets are read.";
            case COMPUTING -> "Comparing the routes…";
            case FIX_THE_MONTH -> "Fix the month above to compare the routes.";
            case READY -> "No route sells this model in the loaded sheets.";
        }, model.stateProperty()));
        table.setPlaceholder(placeholder);
        return table;
    }

    private static TableColumn<RouteRow, String> text(String title, double width, Function<RouteRow, String> value,
                                                       boolean numeric) {
        TableColumn<RouteRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        if (numeric) {
            column.getStyleClass().add("numeric");
            column.setCellFactory(unused -> numericCell());
        }
        return column;
    }

    private static TableColumn<RouteRow, String> money(String title, double width, Function<RouteRow, Money> value) {
        return text(title, width, row -> value.apply(row) == null ? "" : MoneyFormatter.table(value.apply(row)), true);
    }

    private static TableCell<RouteRow, String> numericCell() {
        TableCell<RouteRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
        cell.getStyleClass().add("numeric");
        return cell;
    }

    /** Greys out the routes that cannot be compared; every row shows what lies behind it on hover. */
    private static final class RouteTableRow extends TableRow<RouteRow> {
        private final Tooltip detail = new Tooltip();

        RouteTableRow() {
            detail.setWrapText(true);
            detail.setMaxWidth(560);
        }

        @Override
        protected void updateItem(RouteRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(PricesView.ABSENT, !empty && row != null && !row.isComparable());
            if (empty || row == null) {
                setTooltip(null);
            } else {
                detail.setText(row.detail());
                setTooltip(detail);
            }
        }
    }
}
