package dev.ratecard.ui.screen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The screens of the main window, in navigation order; ids and shortcuts are unique. */
public final class ScreenRegistry {
    private final List<Screen> screens;

    public ScreenRegistry(List<Screen> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("the main window needs at least one screen");
        }
        this.screens = List.copyOf(screens);
        Map<String, Screen> ids = new HashMap<>();
        Map<String, Screen> shortcuts = new HashMap<>();
        for (Screen screen : this.screens) {
            Screen sameId = ids.putIfAbsent(screen.id(), screen);
            if (sameId != null) {
                throw new IllegalArgumentException("two screens have the id \"" + screen.id() + "\": "
                        + sameId.title() + " and " + screen.title());
            }
            String shortcut = screen.shortcut().getName();
            Screen sameShortcut = shortcuts.putIfAbsent(shortcut, screen);
            if (sameShortcut != null) {
                throw new IllegalArgumentException("two screens claim " + shortcut + ": " + sameShortcut.title()
                        + " and " + screen.title());
            }
        }
    }

    public List<Screen> screens() {
        return screens;
    }

    public Optional<Screen> byId(String id) {
        return screens.stream().filter(screen -> screen.id().equals(id)).findFirst();
    }

    public Screen first() {
        return screens.get(0);
    }
}
