package dev.ratecard.ui.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a folder with the system's own command: {@code explorer} on Windows, {@code open} on macOS,
 * {@code xdg-open} elsewhere. AWT's {@code Desktop} would do the same underneath, but it starts AWT's toolkit beside
 * JavaFX's, which the app otherwise never needs.
 */
final class DesktopFolderOpener implements FolderOpener {

    @Override
    public void open(Path folder) throws IOException {
        new ProcessBuilder(command(folder, System.getProperty("os.name", ""))).inheritIO().start();
    }

    static List<String> command(Path folder, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer", folder.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", folder.toString());
        }
        return List.of("xdg-open", folder.toString());
    }
}
