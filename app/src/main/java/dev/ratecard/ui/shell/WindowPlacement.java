package dev.ratecard.ui.shell;

import dev.ratecard.workspace.settings.WindowBounds;
import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window opens: where it was last time if that is still on a screen (monitors get unplugged,
 * resolutions change), else centred on the primary screen at a default size. Pure geometry, no toolkit.
 */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    /** How much of the title bar must be on a screen for the user to grab it. */
    private static final double GRAB_WIDTH = 120;
    private static final double GRAB_HEIGHT = 32;

    private WindowPlacement() {
    }

    /**
     * @param saved the bounds remembered, if any
     * @param screens the screens' visual bounds, the primary first
     */
    static WindowBounds place(Optional<WindowBounds> saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return saved.orElse(new WindowBounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT));
        }
        if (saved.isPresent()) {
            WindowBounds bounds = saved.get();
            Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), GRAB_HEIGHT);
            for (Rectangle2D screen : screens) {
                if (overlap(titleBar, screen) >= GRAB_WIDTH) {
                    return fitInto(bounds, screen);
                }
            }
        }
        Rectangle2D primary = screens.get(0);
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height);
    }

    /** Same place, but no larger than the screen it is on. */
    private static WindowBounds fitInto(WindowBounds bounds, Rectangle2D screen) {
        return new WindowBounds(bounds.x(), bounds.y(), Math.min(bounds.width(), screen.getWidth()),
                Math.min(bounds.height(), screen.getHeight()));
    }

    /** How wide the horizontal overlap is, where the rectangles also overlap vertically. */
    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        if (height < GRAB_HEIGHT / 2) {
            return 0;
        }
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    }
}
