package dev.ratecard.ui.screen;

import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.SettingsRepository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Settings kept in memory for view-model tests: records every save, and can be told to fail. */
public final class InMemorySettingsRepository implements SettingsRepository {
    private final List<Settings> saved = new ArrayList<>();
    private final Settings initial;
    private String failure;

    public InMemorySettingsRepository(Settings initial) {
        this.initial = initial;
    }

    /** Every later save throws an IOException with this message. */
    public void failSavesWith(String message) {
        failure = message;
    }

    public List<Settings> saved() {
        return List.copyOf(saved);
    }

    public Settings lastSaved() {
        if (saved.isEmpty()) {
            throw new AssertionError("nothing was saved");
        }
        return saved.get(saved.size() - 1);
    }

    @Override
    public LoadedSettings load() {
        return new LoadedSettings(saved.isEmpty() ? initial : lastSaved(), List.of());
    }

    @Override
    public void save(Settings settings) throws IOException {
        if (failure != null) {
            throw new IOException(failure);
        }
        saved.add(settings);
    }
}
