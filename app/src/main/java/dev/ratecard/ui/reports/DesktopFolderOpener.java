package dev.ratecard.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a folder through AWT's {@link Desktop} where the platform supports it, else with the system's own command
 * ({@code xdg-open}, {@code open}, {@code explorer}), which is what Desktop does underneath where it works.
 */
final class DesktopFolderOpener implements FolderOpener {

    @Override
    public void open(Path folder) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
            return;
        }
        new ProcessBuilder(command(folder)).inheritIO().start();
    }

    private static List<String> command(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer", folder.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", folder.toString());
        }
        return List.of("xdg-open", folder.toString());
    }
}
