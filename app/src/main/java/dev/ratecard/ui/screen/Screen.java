package dev.ratecard.ui.screen;

import javafx.scene.input.KeyCombination;

import java.util.Optional;

/**
 * One entry of the main window's navigation. Views are created the first time the screen is shown and kept
 * while the window lives, so a screen keeps its state when the user switches away and back.
 */
public interface Screen {
    /** Stable and lower-case ({@code "usage"}); remembered as the last screen across runs. */
    String id();

    /** What the navigation and the View menu say. */
    String title();

    /** SVG path data in a 24 × 24 box; see {@link dev.ratecard.ui.component.Glyph}. */
    String glyph();

    /** The View menu's shortcut, e.g. {@code Shortcut+1}; unique among screens. */
    KeyCombination shortcut();

    /** Builds the view; called on the FX thread, once per window. */
    ScreenView createView(ScreenContext context);

    /**
     * What this screen does with files the user opens, drops onto the window or picks from the recent files; such
     * files show this screen and go to the handler, even before its view is built. Most screens take none.
     */
    default Optional<FileOpenHandler> fileOpenHandler() {
        return Optional.empty();
    }

    /**
     * Brings one of its items forward when another screen sends the user here for it ({@link Navigator#show(String,
     * String)}); called on the FX thread, perhaps before the view is built. An item the screen does not know, or a
     * screen without items, just shows.
     */
    default void reveal(String item) {
    }
}
