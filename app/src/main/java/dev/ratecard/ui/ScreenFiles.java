package dev.ratecard.ui;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.Navigator;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenRegistry;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The window's one {@link FileOpenHandler}: hands opened or dropped files to the first screen, in navigation order,
 * whose own handler takes them all, and shows that screen.
 */
final class ScreenFiles implements FileOpenHandler {
    private final List<Screen> screens;
    private final Navigator navigator;

    private ScreenFiles(List<Screen> screens, Navigator navigator) {
        this.screens = screens;
        this.navigator = navigator;
    }

    /** The handler over the screens that take files; empty if none does, so the window keeps those ways in off. */
    static Optional<FileOpenHandler> of(ScreenRegistry registry, Navigator navigator) {
        Objects.requireNonNull(navigator, "navigator");
        List<Screen> taking = registry.screens().stream().filter(screen -> screen.fileOpenHandler().isPresent()).toList();
        return taking.isEmpty() ? Optional.empty() : Optional.of(new ScreenFiles(taking, navigator));
    }

    @Override
    public boolean accepts(List<Path> files) {
        return screenFor(files).isPresent();
    }

    @Override
    public void open(List<Path> files) {
        screenFor(files).ifPresent(screen -> {
            navigator.show(screen.id());
            screen.fileOpenHandler().orElseThrow().open(files);
        });
    }

    private Optional<Screen> screenFor(List<Path> files) {
        return screens.stream().filter(screen -> screen.fileOpenHandler().orElseThrow().accepts(files)).findFirst();
    }
}
