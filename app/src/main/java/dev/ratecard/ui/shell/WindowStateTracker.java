package dev.ratecard.ui.shell;

import dev.ratecard.workspace.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Optional;

/**
 * Remembers the window's normal bounds, so that a window closed while maximised comes back maximised and,
 * when un-maximised, at the size the user gave it.
 */
final class WindowStateTracker {
    private final Stage stage;
    private WindowBounds normal;

    WindowStateTracker(Stage stage) {
        this.stage = stage;
        stage.xProperty().addListener(observable -> capture());
        stage.yProperty().addListener(observable -> capture());
        stage.widthProperty().addListener(observable -> capture());
        stage.heightProperty().addListener(observable -> capture());
    }

    Optional<WindowBounds> normalBounds() {
        capture();
        return Optional.ofNullable(normal);
    }

    private void capture() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen() || !(stage.getWidth() > 0)
                || !(stage.getHeight() > 0) || Double.isNaN(stage.getX()) || Double.isNaN(stage.getY())) {
            return;
        }
        // While maximising, the size can change before the maximised flag does; a window that fills its screen
        // is not a size the user chose.
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        boolean fillsAScreen = Screen.getScreensForRectangle(bounds).stream().map(Screen::getVisualBounds)
                .anyMatch(screen -> stage.getWidth() >= screen.getWidth() * 0.98
                        && stage.getHeight() >= screen.getHeight() * 0.98);
        if (!fillsAScreen || normal == null) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }
}
