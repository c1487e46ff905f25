package dev.ratecard.ui.shell;

import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.screen.Screen;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The list of screens on the left; arrow keys move through it, and it follows the View menu's shortcuts. */
final class ScreenNavigation extends ListView<Screen> {

    ScreenNavigation(MainWindowViewModel model) {
        getStyleClass().add("navigation");
        setId("navigation");
        getItems().setAll(model.screens());
        setCellFactory(list -> new ScreenCell());
        getSelectionModel().select(model.selectedScreenProperty().get());
        getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedScreenProperty().addListener((observable, was, now) -> getSelectionModel().select(now));
    }

    private static final class ScreenCell extends ListCell<Screen> {
        @Override
        protected void updateItem(Screen screen, boolean empty) {
            super.updateItem(screen, empty);
            if (empty || screen == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setText(null);
            Label title = new Label(screen.title());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label shortcut = new Label(screen.shortcut().getDisplayText());
            shortcut.getStyleClass().add("shortcut-hint");
            HBox row = new HBox(12, Glyph.of(screen.glyph()), title, spacer, shortcut);
            row.getStyleClass().add("nav-row");
            setGraphic(row);
            setId("nav-" + screen.id());
        }
    }
}
