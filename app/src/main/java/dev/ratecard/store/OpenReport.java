package dev.ratecard.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What opening a workspace did, for the status bar: "Created a new workspace", or "Upgraded the
 * workspace from schema 1 to 2; a backup is in …".
 *
 * @param created         the file was new or empty and now holds a fresh workspace
 * @param previousVersion the schema version the file had (0 if created)
 * @param schemaVersion   the schema version it has now
 * @param backup          the copy written before upgrading, if the schema was upgraded
 */
public record OpenReport(boolean created, int previousVersion, int schemaVersion, Optional<Path> backup) {
    public boolean upgraded() {
        return !created && previousVersion < schemaVersion;
    }
}
