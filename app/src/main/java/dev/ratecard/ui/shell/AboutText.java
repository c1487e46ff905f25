package dev.ratecard.ui.shell;

import dev.ratecard.platform.BuildVersion;
import dev.ratecard.workspace.settings.Settings;

/** What Help › About says: the version, what Ratecard is, the runtime, and where the data lives. */
final class AboutText {
    private AboutText() {
    }

    static String of(Settings settings) {
        return "Ratecard " + BuildVersion.current() + "\n"
                + "Prices LLM usage exactly and compares direct, gateway and self-hosted routes. Works offline.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "unknown") + "\n"
                + "Data folder: " + settings.dataFolder();
    }
}
