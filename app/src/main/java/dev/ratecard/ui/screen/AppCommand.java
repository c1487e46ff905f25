package dev.ratecard.ui.screen;

import dev.ratecard.ui.mvvm.Command;

import java.util.Objects;

/**
 * A command of the whole app, not of one screen, for a menu: e.g. File › Remove the sample data….
 *
 * @param id    the menu item's node id, for tests
 * @param label the menu text, with {@code _} before its mnemonic
 */
public record AppCommand(String id, String label, Command command) {
    public AppCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
    }
}
