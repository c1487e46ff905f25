package dev.ratecard.cli;

import dev.ratecard.platform.AppDirectories;
import dev.ratecard.store.DatabaseLocation;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** {@code --db PATH}: which workspace a command works on, and the user's settings that come with it. */
final class WorkspaceOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The workspace database (default: $RATECARD_DB, else workspace.db in Ratecard's data folder).")
    Path db;

    Path path() {
        return DatabaseLocation.resolve(db);
    }

    /** Opens the workspace, creating it if there is none yet. */
    WorkspaceDatabase open() {
        return WorkspaceDatabase.open(path());
    }

    /** Opens the workspace only if it exists: reading commands never create one as a side effect. */
    WorkspaceDatabase openExisting() {
        Path file = path();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("there is no workspace at " + file + " yet; import usage into it first"
                    + " (ratecard import FILE), or name another with --db");
        }
        return WorkspaceDatabase.open(file);
    }

    /** The zone the user's settings give zone-less timestamps (UTC unless changed). */
    static ZoneId settingsTimeZone() {
        AppDirectories directories = AppDirectories.forThisProcess();
        return JsonSettingsRepository.in(directories.configDir(), directories.dataDir()).load().settings().timeZone();
    }
}
