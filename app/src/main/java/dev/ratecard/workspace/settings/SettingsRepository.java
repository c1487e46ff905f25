package dev.ratecard.workspace.settings;

import java.io.IOException;

/** Where settings are kept between runs. */
public interface SettingsRepository {
    /** The saved settings, or defaults with the reason when there are none or they cannot be read; never throws. */
    LoadedSettings load();

    /** Replaces the saved settings whole; a failed save leaves the previous ones as they were. */
    void save(Settings settings) throws IOException;
}
