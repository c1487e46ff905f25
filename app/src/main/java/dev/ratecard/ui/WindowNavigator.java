package dev.ratecard.ui;

import dev.ratecard.ui.screen.Navigator;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.shell.MainWindowViewModel;

import java.util.Objects;

/**
 * Navigation through the main window. Screens get it in their context before the window's view model exists (the
 * view model needs the file handler, which needs navigation), so the window is attached once it is built.
 */
final class WindowNavigator implements Navigator {
    private final ScreenRegistry screens;
    private MainWindowViewModel window;

    WindowNavigator(ScreenRegistry screens) {
        this.screens = Objects.requireNonNull(screens, "screens");
    }

    void attach(MainWindowViewModel mainWindow) {
        this.window = Objects.requireNonNull(mainWindow, "mainWindow");
    }

    @Override
    public boolean has(String screenId) {
        return screens.byId(screenId).isPresent();
    }

    @Override
    public void show(String screenId) {
        if (window != null) {
            screens.byId(screenId).ifPresent(window::select);
        }
    }

    @Override
    public void show(String screenId, String item) {
        if (window != null) {
            screens.byId(screenId).ifPresent(screen -> {
                window.select(screen);
                screen.reveal(item);
            });
        }
    }

    @Override
    public void chooseFilesToOpen() {
        if (window != null) {
            window.chooseFilesToOpen();
        }
    }
}
