package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.screen.ScreenActions;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * The Scenarios screen's view: shows the page the view model is on (opening the workspace, the list, one
 * scenario's editor, or why the workspace cannot be used) and builds each from the view model. Undo, redo and Save
 * in the menus act on the open scenario.
 */
final class ScenariosView implements ScreenView {
    static final String STYLESHEET = Objects.requireNonNull(ScenariosView.class.getResource("scenarios.css"),
            "scenarios.css is missing from the build").toExternalForm();

    private final ScenariosViewModel model;
    private final StackPane root = new StackPane();

    ScenariosView(ScenariosViewModel model) {
        this.model = model;
        root.setId("scenarios");
        root.getStylesheets().add(STYLESHEET);
        model.pageProperty().addListener(observable -> showPage());
        model.sessionProperty().addListener(observable -> showPage());
        showPage();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public ScreenActions actions() {
        return ScreenActions.NONE.withUndo(model.undo()).withSave(model.saveCommand());
    }

    @Override
    public boolean confirmClose() {
        return model.confirmClose();
    }

    private void showPage() {
        root.getChildren().setAll(switch (model.pageProperty().get()) {
            case OPENING -> opening();
            case UNAVAILABLE -> new EmptyState(Glyph.WARNING, "The scenarios cannot be opened", model.unavailableProperty()
                    .get() + ". Check the data folder in Settings, then try again.", "Try again", model::start);
            case LIBRARY -> new LibraryPage(model).root();
            case EDITOR -> model.sessionProperty().get() == null ? opening()
                    : new EditorPage(model, model.sessionProperty().get()).root();
        });
    }

    private static Node opening() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        Label label = new Label("Opening the scenarios\u2026");
        label.getStyleClass().add("hint");
        VBox box = new VBox(12, progress, label);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
