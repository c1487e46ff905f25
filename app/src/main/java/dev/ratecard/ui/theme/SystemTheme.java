package dev.ratecard.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to dark mode. JavaFX 21 cannot tell (its platform preferences arrive in
 * 22), so this asks the desktop the way its own settings tools do, with a short timeout; when it cannot tell,
 * the answer is light. Run it off the FX thread, at start.
 */
public final class SystemTheme {
    private static final long TIMEOUT_MILLIS = 1500;

    private SystemTheme() {
    }

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            return prefersDark(os, run(query(os)));
        } catch (IOException | InterruptedException | RuntimeException cannotTell) {
            if (cannotTell instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** The command that asks {@code os} for its appearance. */
    static List<String> query(String os) {
        if (os.startsWith("windows")) {
            return List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme");
        }
        if (os.startsWith("mac")) {
            return List.of("defaults", "read", "-g", "AppleInterfaceStyle");
        }
        return List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    }

    /** What the answer to {@link #query} means. */
    static boolean prefersDark(String os, String answer) {
        String text = answer.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return text.contains("appsuselighttheme") && text.matches("(?s).*0x0\\b.*");
        }
        if (os.startsWith("mac")) {
            return text.strip().equals("dark");
        }
        return text.contains("prefer-dark");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream output = process.getInputStream()) {
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                return "";
            }
            return new String(output.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            process.destroy();
        }
    }
}
