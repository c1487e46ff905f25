package dev.ratecard.workspace.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * The main window as the user left it: its normal bounds (empty until the window has been closed once),
 * whether it was maximised, and the screen it showed.
 */
public record WindowState(Optional<WindowBounds> bounds, boolean maximized, Optional<String> lastScreen) {
    /** Before the first close: the window opens at its default size, on the first screen. */
    public static final WindowState FIRST_RUN = new WindowState(Optional.empty(), false, Optional.empty());

    public WindowState {
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(lastScreen, "lastScreen");
    }
}
