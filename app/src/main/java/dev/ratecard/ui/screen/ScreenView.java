package dev.ratecard.ui.screen;

import javafx.scene.Node;

/** A screen's view as the shell hosts it: its root node and what the shell's menus may do on it. */
public interface ScreenView {
    Node root();

    default ScreenActions actions() {
        return ScreenActions.NONE;
    }

    /**
     * Asked before the window closes: false keeps it open (the user chose to keep editing unsaved work). A view
     * with nothing unsaved says yes without asking.
     */
    default boolean confirmClose() {
        return true;
    }
}
