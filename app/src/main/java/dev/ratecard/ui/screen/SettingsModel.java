package dev.ratecard.ui.screen;

import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.SettingsRepository;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The user's settings as the window sees them: observable, changed in one place, saved on every change. A
 * change applies at once even when saving fails (the user sees why); it is then lost only at exit.
 */
public final class SettingsModel {
    private final SettingsRepository repository;
    private final ReadOnlyObjectWrapper<Settings> current;

    public SettingsModel(SettingsRepository repository, Settings initial) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.current = new ReadOnlyObjectWrapper<>(this, "current", Objects.requireNonNull(initial, "initial"));
    }

    public ReadOnlyObjectProperty<Settings> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Settings get() {
        return current.get();
    }

    /** Applies {@code change} and saves; returns why saving failed, if it did. */
    public Optional<String> update(UnaryOperator<Settings> change) {
        Settings next = Objects.requireNonNull(change.apply(current.get()), "changed settings");
        if (next.equals(current.get())) {
            return Optional.empty();
        }
        current.set(next);
        try {
            repository.save(next);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Settings could not be saved (" + e.getMessage()
                    + "). They apply until Ratecard closes; check that the settings folder is writable.");
        }
    }
}
