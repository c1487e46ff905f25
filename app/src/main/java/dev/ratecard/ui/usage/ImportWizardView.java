package dev.ratecard.ui.usage;

import dev.ratecard.ui.usage.ImportWizardModel.Step;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The import wizard's page: the file and how it is read (with the override), what the current step shows — reading
 * with its progress, the column mapping, or the figures, first records and issues — and the step's buttons.
 */
final class ImportWizardView {
    private static final Set<Step> WITH_RESULT = EnumSet.of(Step.PREVIEW, Step.REFUSED, Step.ALREADY_IMPORTED,
            Step.IMPORTING, Step.DONE);

    private ImportWizardView() {
    }

    static Node build(ImportWizardModel model) {
        Label title = new Label();
        title.setId("wizard-title");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.concat("Import ", model.fileNameProperty()));
        Label queue = new Label();
        queue.setId("wizard-queue");
        queue.getStyleClass().add("muted");
        queue.textProperty().bind(model.queueTextProperty());
        HBox header = new HBox(16, title, queue);
        header.getStyleClass().add("wizard-header");

        Label format = new Label();
        format.setId("wizard-format");
        format.setWrapText(true);
        // A wrapped label in a column is otherwise given one line and cut.
        format.setMinHeight(Region.USE_PREF_SIZE);
        format.textProperty().bind(model.formatTextProperty());
        ComboBox<FormatOption> override = new ComboBox<>(model.formats());
        override.setId("wizard-format-override");
        override.valueProperty().bindBidirectional(model.formatProperty());
        // Once stored, reading the file another way would only find it imported already.
        override.disableProperty().bind(is(model, Step.READING, Step.IMPORTING, Step.DONE, Step.ALREADY_IMPORTED));
        HBox readAs = new HBox(8, UsageTables.muted("Read as"), override);
        readAs.getStyleClass().add("toolbar");

        Label message = new Label();
        message.setId("wizard-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.stepProperty().addListener((observable, was, now) -> message.getStyleClass()
                .setAll(now == Step.REFUSED ? "banner-error" : now == Step.DONE ? "wizard-done" : "hint"));

        Node reading = progress(model);
        Node mapping = MappingPane.build(model.mapping());
        Node result = result(model);
        reading.visibleProperty().bind(is(model, Step.READING));
        mapping.visibleProperty().bind(is(model, Step.MAPPING));
        result.visibleProperty().bind(is(model, WITH_RESULT.toArray(Step[]::new)));
        StackPane body = new StackPane(reading, mapping, result);
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox page = new VBox(12, header, format, readAs, message, body, buttons(model));
        page.setId("usage-wizard");
        page.getStyleClass().addAll("page", "usage-wizard");
        return page;
    }

    private static Node progress(ImportWizardModel model) {
        Label what = new Label();
        what.textProperty().bind(Bindings.when(model.stepProperty().isEqualTo(Step.IMPORTING))
                .then(Bindings.concat("Importing ", model.fileNameProperty(), "\u2026"))
                .otherwise(Bindings.concat("Reading ", model.fileNameProperty(), "\u2026")));
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(model.progressProperty());
        VBox box = new VBox(12, what, bar);
        box.getStyleClass().add("wizard-progress");
        return box;
    }

    private static Node result(ImportWizardModel model) {
        ScrollPane figures = new ScrollPane(UsageTables.figures(model.figures(), "wizard-figures"));
        figures.setId("wizard-figures-scroll");
        figures.setFitToWidth(true);
        figures.setMinWidth(360);
        figures.setPrefWidth(400);
        Tab records = new Tab("First records", UsageTables.records(model.previewRows(), "wizard-records"));
        records.setId("wizard-tab-records");
        Tab issues = new Tab("", UsageTables.issues(model.issues(), "wizard-issues"));
        issues.setId("wizard-tab-issues");
        issues.textProperty().bind(Bindings.concat("Issues (", Bindings.size(model.issues()), ")"));
        TabPane tabs = new TabPane(records, issues);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.stepProperty().addListener((observable, was, now) -> {
            if (now == Step.REFUSED) {
                tabs.getSelectionModel().select(issues);
            } else if (now == Step.PREVIEW) {
                tabs.getSelectionModel().select(records);
            }
        });
        HBox.setHgrow(tabs, Priority.ALWAYS);
        Node progress = progress(model);
        progress.visibleProperty().bind(is(model, Step.IMPORTING));
        progress.managedProperty().bind(progress.visibleProperty());
        VBox left = new VBox(12, progress, figures);
        VBox.setVgrow(figures, Priority.ALWAYS);
        return new HBox(16, left, tabs);
    }

    private static Node buttons(ImportWizardModel model) {
        Button importFile = button("Import", "wizard-import", model::importFile);
        importFile.getStyleClass().add("primary");
        importFile.setDefaultButton(true);
        show(importFile, is(model, Step.PREVIEW));
        Button importValid = button("Import only the valid rows", "wizard-import-valid", model::importValidRows);
        show(importValid, is(model, Step.REFUSED).and(model.canImportValidRowsProperty()));
        Button useMapping = button("Read with this mapping", "wizard-use-mapping", model::useMapping);
        useMapping.getStyleClass().add("primary");
        useMapping.disableProperty().bind(model.mapping().problemProperty().isNotEmpty());
        show(useMapping, is(model, Step.MAPPING));
        Button next = button("", "wizard-next", model::next);
        next.textProperty().bind(Bindings.when(model.moreFilesProperty()).then("Next file").otherwise("Close"));
        show(next, is(model, Step.REFUSED, Step.ALREADY_IMPORTED, Step.DONE));
        Button cancel = button("Cancel", "wizard-cancel", model::cancel);
        cancel.setCancelButton(true);
        show(cancel, is(model, Step.READING, Step.MAPPING, Step.PREVIEW, Step.IMPORTING));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, importValid, useMapping, importFile, next, cancel);
        buttons.getStyleClass().add("wizard-buttons");
        return buttons;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private static BooleanBinding is(ImportWizardModel model, Step... steps) {
        Set<Step> wanted = EnumSet.noneOf(Step.class);
        wanted.addAll(Arrays.asList(steps));
        return Bindings.createBooleanBinding(() -> wanted.contains(model.stepProperty().get()), model.stepProperty());
    }
}
