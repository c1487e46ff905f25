package dev.ratecard.ui.scenarios;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The titled card every group of the screen sits in: a heading, a line on what it shows, then its content. */
final class Cards {
    private Cards() {
    }

    static VBox card(String title, String hint, Node... content) {
        VBox card = new VBox();
        card.getStyleClass().add("card");
        if (!title.isEmpty()) {
            Label heading = new Label(title);
            heading.getStyleClass().add("section-title");
            card.getChildren().add(heading);
        }
        if (!hint.isEmpty()) {
            Label line = new Label(hint);
            line.getStyleClass().add("hint");
            line.setWrapText(true);
            card.getChildren().add(line);
        }
        card.getChildren().addAll(content);
        return card;
    }
}
