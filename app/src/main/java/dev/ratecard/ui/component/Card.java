package dev.ratecard.ui.component;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled group on a page ({@code card} style): a heading, one line on what it is for, then its content. */
public final class Card {
    private Card() {
    }

    public static VBox of(String title, String explanation, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label hint = new Label(explanation);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox card = new VBox(heading, hint);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        return card;
    }

    /**
     * Runs {@code rebuild} whenever rows join or leave {@code rows} (not when a row's own properties change, which its
     * bound controls show by themselves): for cards that lay out one control per row.
     */
    public static <T> void rebuildOnMembership(ObservableList<T> rows, Runnable rebuild) {
        rows.addListener((ListChangeListener<T>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild.run();
                    return;
                }
            }
        });
    }
}
