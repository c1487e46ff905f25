package dev.ratecard.ui.screen;

import javafx.scene.Node;

/** A screen's view as the shell hosts it: its root node and what the shell's menus may do on it. */
public interface ScreenView {
    Node root();

    default ScreenActions actions() {
        return ScreenActions.NONE;
    }
}
