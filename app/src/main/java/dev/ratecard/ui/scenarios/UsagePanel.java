package dev.ratecard.ui.scenarios;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

import java.util.List;

/**
 * The workload from stored usage: the days to take, the models and routes to keep (none ticked keeps all), and
 * the lines in use with their monthly tokens; below them the peak and growth fields.
 */
final class UsagePanel {
    private final VBox root = new VBox(8);

    UsagePanel(ScenariosViewModel model, UsageWorkloadEditor usage, UsageLoader loader, FieldRows rows) {
        root.setId("scenario-usage");
        Label lines = new Label();
        lines.setId("scenario-usage-lines");
        lines.setWrapText(true);
        Runnable describe = () -> {
            List<String> described = usage.describeLines();
            lines.setText(described.isEmpty() ? "No stored usage loaded yet." : String.join("\n", described));
        };
        usage.usageProperty().addListener(observable -> describe.run());
        describe.run();
        Label inUse = new Label("In use");
        inUse.getStyleClass().add("form-section-title");
        root.getChildren().addAll(inUse, lines);
        if (loader != null) {
            root.getChildren().add(loaderControls(model, loader));
        }
        FormSection section = usage.section();
        section.fields().forEach(field -> root.getChildren().add(rows.row(field)));
    }

    private static Node loaderControls(ScenariosViewModel model, UsageLoader loader) {
        DatePicker from = new DatePicker();
        from.setId("scenario-usage-from");
        from.valueProperty().bindBidirectional(loader.fromProperty());
        from.setPromptText("first day");
        DatePicker to = new DatePicker();
        to.setId("scenario-usage-to");
        to.valueProperty().bindBidirectional(loader.toProperty());
        to.setPromptText("last day");
        Button read = new Button("Show what is stored");
        read.setId("scenario-usage-read");
        read.setOnAction(event -> loader.refresh());
        CheckListView<String> models = checkList(loader.models(), loader.chosenModels());
        models.setId("scenario-usage-models");
        CheckListView<String> routes = checkList(loader.routes(), loader.chosenRoutes());
        routes.setId("scenario-usage-routes");
        Button use = new Button("Use this usage");
        use.setId("scenario-usage-load");
        use.getStyleClass().add("primary");
        use.setOnAction(event -> model.loadUsage());
        Label status = new Label();
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.textProperty().bind(loader.statusProperty());
        Label pick = new Label("Take usage from");
        pick.getStyleClass().add("form-section-title");
        Label hint = new Label("Days are UTC, both included. Tick models and routes to keep only those; none ticked keeps "
                + "all. The months covered are averaged into one.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, pick, hint, new HBox(8, from, to), read, new Label("Models"), models, new Label("Routes"),
                routes, status, use);
    }

    private static CheckListView<String> checkList(ObservableList<String> items, ObservableList<String> chosen) {
        CheckListView<String> list = new CheckListView<>(items);
        list.setPrefHeight(110);
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change ->
                chosen.setAll(list.getCheckModel().getCheckedItems()));
        return list;
    }

    Node root() {
        return root;
    }
}
