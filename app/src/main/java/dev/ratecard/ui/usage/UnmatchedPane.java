package dev.ratecard.ui.usage;

import dev.ratecard.store.ModelAlias;
import dev.ratecard.ui.component.Columns;
import dev.ratecard.workspace.usage.PriceEntryChoice;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The models no price matched, and the picker that maps the selected one to a price entry; below, the names mapped
 * so far, each removable.
 */
final class UnmatchedPane {
    private UnmatchedPane() {
    }

    static Node build(UnmatchedModelsModel model) {
        TableView<UnmatchedRow> unmatched = new TableView<>(model.unmatched());
        unmatched.setId("unmatched-models");
        unmatched.getColumns().addAll(List.of(
                Columns.text("Model as written", "unmatched-column-model", UnmatchedRow::model, 220),
                Columns.text("Provider", "unmatched-column-provider", UnmatchedRow::provider, 100),
                Columns.text("Route", "unmatched-column-route", UnmatchedRow::route, 90),
                Columns.count("Rows", "unmatched-column-rows", UnmatchedRow::rows, 70),
                Columns.count("Input tokens", "unmatched-column-input", UnmatchedRow::inputTokens, 110),
                Columns.count("Output tokens", "unmatched-column-output", UnmatchedRow::outputTokens, 110),
                Columns.text("Why", "unmatched-column-why", UnmatchedRow::reason, 360)));
        unmatched.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        unmatched.setPlaceholder(UsageTables.muted("Every model in the stored usage has a price."));
        unmatched.getSelectionModel().selectedItemProperty().addListener((observable, was, now) ->
                model.selectedModelProperty().set(now));

        TextField search = new TextField();
        search.setId("unmatched-search");
        search.setPromptText("Search prices by provider, model or alias");
        search.textProperty().bindBidirectional(model.entrySearchProperty());
        TableView<PriceEntryChoice> entries = new TableView<>(model.matchingEntries());
        entries.setId("unmatched-entries");
        entries.getColumns().addAll(List.of(
                Columns.text("Provider", "entries-column-provider", PriceEntryChoice::provider, 110),
                Columns.text("Model", "entries-column-model", PriceEntryChoice::model, 240),
                Columns.text("Sheet", "entries-column-sheet", PriceEntryChoice::sheetName, 200)));
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label nothingFound = UsageTables.muted("");
        nothingFound.textProperty().bind(Bindings.when(model.entrySearchProperty().isEmpty())
                .then("Type to search the price sheets")
                .otherwise("No price entry matches; try fewer words, e.g. the model's family and size"));
        entries.setPlaceholder(nothingFound);
        entries.getSelectionModel().selectedItemProperty().addListener((observable, was, now) ->
                model.selectedEntryProperty().set(now));
        Button map = new Button("Price it as this");
        map.setId("unmatched-map");
        map.getStyleClass().add("primary");
        map.disableProperty().bind(model.canMapProperty().not());
        map.setOnAction(event -> model.mapSelected());
        Label target = new Label();
        target.getStyleClass().add("muted");
        target.textProperty().bind(Bindings.createStringBinding(() -> model.selectedModelProperty().get() == null
                ? "Pick a model above, then the price it means."
                : "Price \u201c" + model.selectedModelProperty().get().model() + "\u201d as:", model.selectedModelProperty()));
        VBox picker = new VBox(8, target, search, entries, map);
        VBox.setVgrow(entries, Priority.ALWAYS);
        HBox.setHgrow(picker, Priority.ALWAYS);

        TableView<ModelAlias> aliases = new TableView<>(model.aliases());
        aliases.setId("unmatched-aliases");
        aliases.getColumns().addAll(List.of(
                Columns.text("Name as written", "aliases-column-name", ModelAlias::rawName, 200),
                Columns.text("Priced as", "aliases-column-target", alias -> alias.provider() + " " + alias.modelId(), 220)));
        aliases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        aliases.setPlaceholder(UsageTables.muted("No names mapped yet"));
        Button remove = new Button("Remove mapping\u2026");
        remove.setId("unmatched-remove-alias");
        remove.disableProperty().bind(aliases.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeAlias(aliases.getSelectionModel().getSelectedItem()));
        VBox mapped = new VBox(8, UsageTables.muted("Mapped names"), aliases, remove);
        mapped.setPrefWidth(440);

        VBox.setVgrow(unmatched, Priority.ALWAYS);
        HBox bottom = new HBox(16, picker, mapped);
        bottom.setPrefHeight(280);
        VBox pane = new VBox(12, unmatched, bottom);
        pane.setId("usage-unmatched");
        pane.getStyleClass().add("pane-content");
        return pane;
    }
}
