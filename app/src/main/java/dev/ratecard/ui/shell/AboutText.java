package dev.ratecard.ui.shell;

import dev.ratecard.workspace.settings.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What Help › About says: the version, what Ratecard is, the runtime, and where the data lives. */
final class AboutText {
    private AboutText() {
    }

    static String of(Settings settings) {
        return "Ratecard " + version() + "\n"
                + "Prices LLM usage exactly and compares direct, gateway and self-hosted routes. Works offline.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "unknown") + "\n"
                + "Data folder: " + settings.dataFolder();
    }

    private static String version() {
        Properties build = new Properties();
        try (InputStream in = AboutText.class.getResourceAsStream("/dev/ratecard/version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version", "(development build)");
    }
}
