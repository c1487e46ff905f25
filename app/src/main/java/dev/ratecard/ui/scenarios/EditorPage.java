package dev.ratecard.ui.scenarios;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One open scenario: a header (back to the list, the name with its unsaved mark, Export and Save), the form on
 * the left and the live results on the right.
 */
final class EditorPage {
    private final BorderPane root = new BorderPane();
    private final ResultsView results;

    EditorPage(ScenariosViewModel model, ScenarioSession session) {
        root.setId("scenario-editor");
        Button back = new Button("\u2190 All scenarios");
        back.setId("scenario-back");
        back.setOnAction(event -> model.showList());
        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(session.titleProperty());
        Label unsaved = new Label("Unsaved changes");
        unsaved.setId("scenario-unsaved");
        unsaved.getStyleClass().add("unsaved-mark");
        unsaved.visibleProperty().bind(session.dirtyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("scenario-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(new StaleMark(session.staleProperty()).shownProperty());
        Button export = new Button("Export to a file\u2026");
        export.setId("scenario-export");
        export.setOnAction(event -> model.exportToFile());
        Button save = new Button("Save");
        save.setId("scenario-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> model.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(0);
        for (Region fixed : new Region[] {back, unsaved, busy, export, save}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(12, back, title, unsaved, spacer, busy, export, save);
        header.getStyleClass().add("scenario-header");
        results = new ResultsView(session);
        SplitPane split = new SplitPane(new ScenarioFormView(model, session).root(), results.root());
        split.setDividerPositions(0.31);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        root.setTop(header);
        root.setCenter(split);
    }

    Node root() {
        return root;
    }
}
