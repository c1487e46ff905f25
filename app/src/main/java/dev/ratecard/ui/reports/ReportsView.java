package dev.ratecard.ui.reports;

import dev.ratecard.report.Paper;
import dev.ratecard.report.ReportFormat;
import dev.ratecard.ui.component.Card;
import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.screen.ScreenView;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** Lays out the Reports screen and binds it; every choice and all the work live in {@link ReportsViewModel}. */
final class ReportsView implements ScreenView {
    private final ReportsViewModel model;
    private final StackPane root = new StackPane();
    private final VBox scenarioList = new VBox(6);

    ReportsView(ReportsViewModel model) {
        this.model = model;
        Label title = new Label("Reports");
        title.getStyleClass().add("page-title");
        VBox page = new VBox(title, scenarios(), sections(), format(), exportRow());
        page.getStyleClass().add("page");
        page.setMaxWidth(820);
        ScrollPane form = new ScrollPane(page);
        form.setFitToWidth(true);
        form.setId("reports");
        EmptyState empty = new EmptyState(ReportsScreen.GLYPH, "No scenarios to report on yet",
                "A report compares the options of saved scenarios. Save one on the Scenarios screen, or open a scenario file.",
                "Open a scenario file…", model::openFiles);
        form.visibleProperty().bind(model.empty().not());
        empty.visibleProperty().bind(model.empty());
        root.getChildren().addAll(form, empty);
    }

    @Override
    public Node root() {
        return root;
    }

    private Node scenarios() {
        scenarioList.setId("reports-scenarios");
        rebuildScenarios();
        Card.rebuildOnMembership(model.scenarios(), this::rebuildScenarios);
        Button open = new Button("Open scenario file…");
        open.setId("reports-open-file");
        open.setOnAction(event -> model.openFiles());
        Button refresh = new Button("Refresh");
        refresh.setId("reports-refresh");
        refresh.setOnAction(event -> model.refresh());
        return Card.of("Scenarios", "Tick the scenarios to compare; each gets its own chapter, and the spreadsheet and CSV "
                + "files put them in one table per kind.", scenarioList, new HBox(8, open, refresh));
    }

    private void rebuildScenarios() {
        scenarioList.getChildren().clear();
        for (int i = 0; i < model.scenarios().size(); i++) {
            ScenarioChoice choice = model.scenarios().get(i);
            CheckBox box = new CheckBox(choice.label());
            box.setId("reports-scenario-" + i);
            box.setTooltip(new Tooltip(choice.source()));
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            scenarioList.getChildren().add(box);
        }
    }

    private Node sections() {
        FlowPane boxes = new FlowPane(16, 8);
        boxes.setId("reports-sections");
        for (SectionChoice choice : model.sections()) {
            CheckBox box = new CheckBox(choice.section().title());
            box.setId("reports-section-" + choice.section().key());
            box.setPrefWidth(160);
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            boxes.getChildren().add(box);
        }
        return Card.of("Sections", "The title and the date are always there.", boxes);
    }

    private Node format() {
        SegmentedButton formats = new SegmentedButton();
        formats.setId("reports-format");
        for (ReportFormat format : ReportFormat.values()) {
            ToggleButton button = new ToggleButton(format.description());
            button.setId("reports-format-" + format.key());
            button.setUserData(format);
            button.setSelected(model.formatProperty().get() == format);
            formats.getButtons().add(button);
        }
        formats.getToggleGroup().selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.formatProperty().set((ReportFormat) now.getUserData());
            }
        });
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("reports-paper");
        paper.getItems().setAll(Paper.values());
        paper.setConverter(new PaperNames());
        paper.valueProperty().bindBidirectional(model.paperProperty());
        paper.disableProperty().bind(model.paperApplies().not());
        Label paperLabel = new Label("Paper");
        paperLabel.getStyleClass().add("form-label");
        return Card.of("Format", "PDF to send on, an Excel workbook to keep working in, CSV files for scripts.",
                formats, new HBox(12, paperLabel, paper));
    }

    private Node exportRow() {
        Button export = new Button("Export…");
        export.setId("reports-export");
        export.getStyleClass().add("primary");
        export.setDefaultButton(true);
        export.disableProperty().bind(Bindings.not(model.exportCommand().enabled()));
        export.setOnAction(event -> model.exportCommand().run());
        Button cancel = new Button("Cancel");
        cancel.setId("reports-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancel());
        Button folder = new Button("Open folder");
        folder.setId("reports-open-folder");
        folder.disableProperty().bind(Bindings.not(model.openFolderCommand().enabled()));
        folder.setOnAction(event -> model.openFolderCommand().run());
        Label message = new Label();
        message.setId("reports-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        return new VBox(8, new HBox(8, export, cancel, folder), message);
    }

    private static final class PaperNames extends StringConverter<Paper> {
        @Override
        public String toString(Paper paper) {
            return paper == null ? "" : paper == Paper.A4 ? "A4 (210 × 297 mm)" : "Letter (8.5 × 11 in)";
        }

        @Override
        public Paper fromString(String text) {
            return Paper.fromKey(text).orElse(null);
        }
    }
}
