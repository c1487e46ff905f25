package dev.ratecard.store;

import dev.ratecard.platform.AppDirectories;

import java.nio.file.Path;
import java.util.Map;

/** Which workspace file to open: an explicit choice, else {@code RATECARD_DB}, else the data folder's default. */
public final class DatabaseLocation {
    public static final String VARIABLE = "RATECARD_DB";

    private DatabaseLocation() {
    }

    /** @param explicit the file named by an option (e.g. {@code --db}), or {@code null} */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), AppDirectories.forThisProcess());
    }

    /**
     * The workspace the desktop opens: {@code RATECARD_DB} if set, else the default file in the data folder the
     * user's settings name.
     */
    public static Path inDataFolder(Path dataFolder) {
        return resolve(null, System.getenv(), AppDirectories.withDataDir(dataFolder));
    }

    static Path resolve(Path explicit, Map<String, String> env, AppDirectories directories) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnvironment = env.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment.trim());
        }
        return directories.defaultDatabase();
    }
}
