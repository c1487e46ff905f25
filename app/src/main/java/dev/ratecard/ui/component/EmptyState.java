package dev.ratecard.ui.component;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * What a screen shows when it has nothing to show yet: a title that says so, one line on why or what it would
 * show, and the one action that changes it ("Import usage…"). Never a blank panel.
 */
public final class EmptyState extends VBox {

    public EmptyState(String glyph, String title, String explanation, String actionLabel, Runnable action) {
        this(glyph, title, explanation);
        Objects.requireNonNull(action, "action");
        Button button = new Button(actionLabel);
        button.setId("empty-action");
        button.setDefaultButton(true);
        button.setOnAction(event -> action.run());
        getChildren().add(button);
    }

    /** Without an action, for states the user cannot change from here. */
    public EmptyState(String glyph, String title, String explanation) {
        getStyleClass().add("empty-state");
        setId("empty-state");
        Label titleLabel = new Label(Objects.requireNonNull(title, "title"));
        titleLabel.getStyleClass().add("empty-title");
        titleLabel.setId("empty-title");
        Label explanationLabel = new Label(Objects.requireNonNull(explanation, "explanation"));
        explanationLabel.getStyleClass().add("empty-explanation");
        explanationLabel.setId("empty-explanation");
        explanationLabel.setWrapText(true);
        getChildren().addAll(Glyph.of(glyph), titleLabel, explanationLabel);
    }
}
