package dev.ratecard.ui.mvvm;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

import java.util.Objects;

/** An action a menu item or button triggers, and when it may: views bind {@code disable} to {@link #enabled()}. */
public record Command(Runnable action, ObservableBooleanValue enabled) {
    public Command {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(enabled, "enabled");
    }

    public static Command always(Runnable action) {
        return new Command(action, Bindings.createBooleanBinding(() -> true));
    }

    /** Runs the action if it is enabled; a disabled command does nothing (a stale shortcut, a double click). */
    public void run() {
        if (enabled.get()) {
            action.run();
        }
    }
}
