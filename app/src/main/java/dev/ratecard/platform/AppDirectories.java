package dev.ratecard.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Ratecard keeps its files: the workspace database and backups ({@link #dataDir()}), the user's
 * settings ({@link #configDir()}), and files it can always make again ({@link #cacheDir()}). Follows each OS's
 * convention (XDG on Linux, {@code %APPDATA%} and {@code %LOCALAPPDATA%} on Windows, {@code ~/Library} on macOS).
 * A home given by the {@code ratecard.home} system property or the {@code RATECARD_HOME} environment variable holds
 * all three, so that tests and portable installs never touch the real ones.
 */
public final class AppDirectories {
    public static final String HOME_PROPERTY = "ratecard.home";
    public static final String HOME_VARIABLE = "RATECARD_HOME";
    private static final String APP = "ratecard";

    private final Path dataDir;
    private final Path configDir;
    private final Path cacheDir;

    private AppDirectories(Path dataDir, Path configDir, Path cacheDir) {
        this.dataDir = dataDir;
        this.configDir = configDir;
        this.cacheDir = cacheDir;
    }

    /** Every folder under one home, e.g. a test's temporary folder. */
    public static AppDirectories under(Path home) {
        Objects.requireNonNull(home, "home");
        return new AppDirectories(home.resolve("data"), home.resolve("config"), home.resolve("cache"));
    }

    /** The folders for this process with the data folder the user chose instead of the default one. */
    public static AppDirectories withDataDir(Path dataDir) {
        AppDirectories convention = forThisProcess();
        return new AppDirectories(Objects.requireNonNull(dataDir, "dataDir"), convention.configDir(),
                convention.cacheDir());
    }

    /** The folders for this process: an explicit home first, then the OS convention. */
    public static AppDirectories forThisProcess() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getProperty(HOME_PROPERTY), System.getenv());
    }

    static AppDirectories resolve(String osName, String userHome, String homeProperty, Map<String, String> env) {
        String explicit = firstNonBlank(homeProperty, env.get(HOME_VARIABLE));
        if (explicit != null) {
            return under(Path.of(explicit));
        }
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path appData = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path base = appData.resolve("Ratecard");
            // Caches stay on this machine: a roaming profile would copy them to every machine the user signs in to.
            Path localAppData = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new AppDirectories(base.resolve("data"), base.resolve("config"),
                    localAppData.resolve("Ratecard").resolve("cache"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            Path base = library.resolve("Application Support").resolve("Ratecard");
            return new AppDirectories(base.resolve("data"), base.resolve("config"),
                    library.resolve("Caches").resolve("Ratecard"));
        }
        Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP);
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP);
        Path cache = pathOr(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve(APP);
        return new AppDirectories(data, config, cache);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path configDir() {
        return configDir;
    }

    /** Files Ratecard makes for itself and can make again when they are gone, such as its native libraries. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** The workspace database unless the user names another. */
    public Path defaultDatabase() {
        return databaseIn(dataDir);
    }

    /** The workspace database kept in {@code dataFolder} (the one the settings name, for the window). */
    public static Path databaseIn(Path dataFolder) {
        return dataFolder.resolve("workspace.db");
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
