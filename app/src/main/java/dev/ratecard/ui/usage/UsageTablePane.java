package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.Columns;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.ToLongFunction;

/** The stored usage grouped: grouping, tag, dates and search above; the groups with their figures; the total. */
final class UsageTablePane {
    private UsageTablePane() {
    }

    static Node build(UsageTableModel model) {
        ComboBox<Grouping> grouping = new ComboBox<>();
        grouping.getItems().setAll(Grouping.values());
        grouping.setId("usage-grouping");
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        ComboBox<String> tag = new ComboBox<>(model.tagNames());
        tag.setId("usage-tag");
        tag.valueProperty().bindBidirectional(model.tagProperty());
        tag.visibleProperty().bind(model.groupingProperty().isEqualTo(Grouping.TAG));
        tag.managedProperty().bind(tag.visibleProperty());
        DatePicker from = new DatePicker();
        from.setId("usage-from");
        from.setPromptText("First day");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("usage-to");
        to.setPromptText("Last day");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField search = new TextField();
        search.setId("usage-search");
        search.setPromptText("Search the groups");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox toolbar = new HBox(8, UsageTables.muted("Group by"), grouping, tag, UsageTables.muted("From"), from,
                UsageTables.muted("to"), to, search);
        toolbar.getStyleClass().add("toolbar");

        Label rangeProblem = new Label();
        rangeProblem.getStyleClass().add("field-error");
        rangeProblem.textProperty().bind(model.rangeProblemProperty());
        rangeProblem.visibleProperty().bind(model.rangeProblemProperty().isNotEmpty());
        rangeProblem.managedProperty().bind(rangeProblem.visibleProperty());

        TableView<GroupRow> table = new TableView<>(model.rows());
        table.setId("usage-table");
        TableColumn<GroupRow, GroupRow> key = Columns.text("Model", "usage-column-key", GroupRow::key, 240);
        // Names are what the table is read by: rather a scroll bar than names cut to a few letters.
        key.setMinWidth(180);
        key.setPrefWidth(280);
        key.textProperty().bind(Bindings.createStringBinding(() -> model.groupingProperty().get() == Grouping.TAG
                ? String.valueOf(model.tagProperty().get()) : model.groupingProperty().get().toString(),
                model.groupingProperty(), model.tagProperty()));
        // Widths are floors: each figure column is as wide as its header and its widest figure, the names take the rest.
        TableColumn<GroupRow, GroupRow> cacheRead = Columns.count("Cache read", "usage-column-cache-read", GroupRow::cacheRead, 80);
        TableColumn<GroupRow, GroupRow> cacheWrite = Columns.count("Cache write", "usage-column-cache-write", GroupRow::cacheWrite,
                80);
        TableColumn<GroupRow, GroupRow> reasoning = Columns.count("Reasoning", "usage-column-reasoning", GroupRow::reasoning, 80);
        table.getColumns().addAll(List.of(key,
                Columns.count("Rows", "usage-column-rows", GroupRow::rows, 60),
                Columns.count("Input", "usage-column-input", GroupRow::input, 80),
                cacheRead, cacheWrite,
                Columns.count("Output", "usage-column-output", GroupRow::output, 80),
                reasoning,
                Columns.countOrFloor("Requests", "usage-column-requests", GroupRow::requests, GroupRow::requestsKnown,
                        GroupRow::requestsFloor,
                        "Not stated: the source of these rows (such as Anthropic's usage report or a billing export) gives"
                                + " no request counts",
                        "At least this many: some of these rows come from a source that gives no request counts (such as"
                                + " Anthropic's usage report or a billing export)", 80),
                Columns.figure("Reported", "usage-column-reported", GroupRow::reported,
                        "No source of these rows stated a cost", 80),
                Columns.money("Recomputed", "usage-column-recomputed", GroupRow::recomputed, GroupRow::recomputedAmount, 90)));
        Columns.fitFigures(table);
        // A bucket no stored row uses only takes room from the names.
        shownWhenUsed(cacheRead, model.rows(), GroupRow::cacheRead);
        shownWhenUsed(cacheWrite, model.rows(), GroupRow::cacheWrite);
        shownWhenUsed(reasoning, model.rows(), GroupRow::reasoning);
        Label placeholder = UsageTables.muted("");
        placeholder.setId("usage-table-placeholder");
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label total = new Label();
        total.setId("usage-total");
        total.getStyleClass().add("numeric-line");
        total.setWrapText(true);
        total.textProperty().bind(model.totalTextProperty());
        Label summary = new Label();
        summary.setId("usage-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        Label legend = UsageTables.muted("Recomputed: at the list prices of each row's route, before gateway fees. "
                + "* some of the group's usage has no price and is left out: a model no price sheet matches (see"
                + " Unmatched models), or a bucket its price sets no rate for (such as cache reads on some routes).");
        legend.setWrapText(true);
        VBox pane = new VBox(8, toolbar, rangeProblem, table, total, summary, legend);
        pane.setId("usage-stored");
        pane.getStyleClass().add("pane-content");
        return pane;
    }

    private static void shownWhenUsed(TableColumn<GroupRow, GroupRow> column, ObservableList<GroupRow> rows,
                                      ToLongFunction<GroupRow> count) {
        column.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> rows.stream().anyMatch(row -> count.applyAsLong(row) != 0), rows));
    }
}
