package dev.ratecard.ui.component;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@ExtendWith(ApplicationExtension.class)
class EmptyStateTest {
    private final List<String> clicked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new EmptyState(Glyph.WARNING, "No usage imported yet",
                "Import a usage export to see spend by month, provider and model.", "Import usage…",
                () -> clicked.add("import")), 600, 400));
        stage.show();
    }

    @Test
    void saysWhatIsMissingAndOffersTheOneActionThatChangesIt(FxRobot robot) {
        assertEquals("No usage imported yet", robot.lookup("#empty-title").queryAs(Label.class).getText());
        assertEquals("Import a usage export to see spend by month, provider and model.",
                robot.lookup("#empty-explanation").queryAs(Label.class).getText());

        robot.clickOn("Import usage…");

        assertEquals(List.of("import"), clicked);
    }

    @Test
    void offersNoButtonWhenThereIsNoAction() {
        EmptyState state = new EmptyState(Glyph.WARNING, "Nothing to compare", "Add a second route to compare.");

        assertFalse(state.getChildren().stream().anyMatch(node -> "empty-action".equals(node.getId())));
    }
}
