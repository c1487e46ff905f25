package dev.ratecard.store;

import dev.ratecard.importers.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A workspace: one SQLite file holding imported usage, scenarios, aliases and mapping profiles.
 *
 * <p>{@link #open} checks the file before anything writes to it (a damaged file, another program's
 * database, or one written by a newer Ratecard is refused, unchanged), backs it up if its schema is about
 * to be upgraded, lets Flyway apply the pending migrations while no other connection is open (Flyway
 * #1499: SQLITE_BUSY otherwise), and only then opens the connection the repositories share.
 *
 * <p>Safe to share between threads: repositories serialise on the shared connection, while each
 * {@link ImportSession} and usage cursor works on a connection of its own, so that a long import neither
 * blocks the window's reads nor swallows an edit made meanwhile into its transaction.
 */
public final class WorkspaceDatabase implements AutoCloseable {
    private final Path file;
    private final Connections connections;
    private final Connection shared;
    private final Clock clock;
    private final OpenReport report;
    private final BatchRepository batches;
    private final UsageRepository usage;
    private final ScenarioRepository scenarios;
    private final AliasRepository aliases;
    private final MappingProfileRepository mappingProfiles;
    private final SettingsRepository settings;
    private final Jdbc jdbc;
    private final boolean checkedAtOpen;
    /** The file that was checked or trusted at open: only that one may be stamped at close ({@link CheckedStamp}). */
    private final String identityAtOpen;

    private WorkspaceDatabase(Path file, Connections connections, Connection shared, Clock clock, OpenReport report,
                              boolean checkedAtOpen, String identityAtOpen) {
        this.file = file;
        this.checkedAtOpen = checkedAtOpen;
        this.identityAtOpen = identityAtOpen;
        this.connections = connections;
        this.shared = shared;
        this.clock = clock;
        this.report = report;
        this.jdbc = new Jdbc(shared, file);
        this.batches = new BatchRepository(jdbc);
        this.usage = new UsageRepository(jdbc, connections, file);
        this.scenarios = new ScenarioRepository(jdbc, clock);
        this.aliases = new AliasRepository(jdbc, clock);
        this.mappingProfiles = new MappingProfileRepository(jdbc, clock);
        this.settings = new SettingsRepository(jdbc);
    }

    /** Opens (creating or upgrading as needed) the workspace at {@code file} with the default options. */
    public static WorkspaceDatabase open(Path file) {
        return open(file, OpenOptions.defaults());
    }

    /**
     * @throws DatabaseRefusedException if the file is damaged, not a Ratecard workspace, or newer than this
     *                                  Ratecard; the file is left untouched
     * @throws StoreException           if it cannot be read, backed up or upgraded; an upgrade that fails
     *                                  is rolled back, and the backup stays
     */
    public static WorkspaceDatabase open(Path file, OpenOptions options) {
        Objects.requireNonNull(options, "options");
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        createFolder(path);
        Connections connections = new Connections(path);
        // Taken before the file is looked at: if it is replaced after this, close finds another file and stamps none.
        String identityAtOpen = Files.exists(path) ? CheckedStamp.identityOf(path) : null;
        DatabaseState before = DatabaseInspection.inspect(path, connections);
        SchemaMigrator migrator = new SchemaMigrator(path, connections.forMigration(), options.migrationLocations());
        int newest = migrator.newestKnownVersion();
        if (before.appliedVersion() < newest && !before.fresh() && !before.checked()) {
            // An upgrade rewrites the schema: it starts from a checked file, however recently that was done.
            before = DatabaseInspection.inspectAndCheck(path, connections);
        }
        if (before.appliedVersion() > newest) {
            throw new DatabaseRefusedException(DatabaseRefusedException.Reason.NEWER_SCHEMA, ("%s was written by a"
                    + " newer Ratecard (workspace schema version %d); this Ratecard reads schema version %d at most."
                    + " Open it with a newer Ratecard, or choose another workspace; it was not changed.")
                    .formatted(path, before.appliedVersion(), newest));
        }
        Optional<Path> backup = Optional.empty();
        if (before.appliedVersion() < newest) {
            if (before.fresh()) {
                layOut(path, connections);
            } else {
                backup = Optional.of(backUp(path, connections, options, before.appliedVersion()));
            }
            migrator.migrate();
            if (!before.fresh()) {
                compactIfMostlyFree(connections);
            }
        }
        Connection shared = openShared(path, connections, before.appliedVersion() < newest);
        return new WorkspaceDatabase(path, connections, shared, options.clock(),
                new OpenReport(before.fresh(), before.appliedVersion(), newest, backup), before.checked(),
                identityAtOpen != null ? identityAtOpen : CheckedStamp.identityOf(path));
    }

    public Path file() {
        return file;
    }

    /** What opening did: created, upgraded (and where the backup is), or neither. */
    public OpenReport openReport() {
        return report;
    }

    public BatchRepository batches() {
        return batches;
    }

    public UsageRepository usage() {
        return usage;
    }

    public ScenarioRepository scenarios() {
        return scenarios;
    }

    public AliasRepository aliases() {
        return aliases;
    }

    public MappingProfileRepository mappingProfiles() {
        return mappingProfiles;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /**
     * Starts an all-or-nothing import on a connection of its own; close the session to end it.
     *
     * @param progress checked for cancel between chunks of rows
     * @throws AlreadyImportedException if these bytes were imported before; nothing was written
     */
    public ImportSession beginImport(ImportRequest request, Progress progress) {
        return ImportSession.begin(importConnection(request), file, request, clock.instant(), progress);
    }

    /**
     * As {@link #beginImport}, for a preview: the session ends with {@link ImportSession#dryRun()} and refuses to
     * commit, which lets it, into an empty workspace, count the rows instead of inserting and rolling them back.
     */
    public ImportSession beginDryRun(ImportRequest request, Progress progress) {
        return ImportSession.beginDryRun(importConnection(request), file, request, clock.instant(), progress);
    }

    private Connection importConnection(ImportRequest request) {
        try {
            return connections.forImport();
        } catch (SQLException e) {
            throw new StoreException("Could not start importing " + request.fileName() + " into " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A number that changes whenever another connection (an import's own, another window, the command line) has
     * committed a change to the workspace since the last call; this object's own writes do not change it. SQLite's
     * {@code PRAGMA data_version}, which reads no table, so it can be asked often.
     */
    public long dataVersion() {
        return jdbc.first("read the data version", "PRAGMA data_version", row -> row.getLong(1)).orElseThrow();
    }

    /** Whether opening ran the integrity check; false if the file was new, or unchanged since last closed intact. */
    boolean checkedAtOpen() {
        return checkedAtOpen;
    }

    /**
     * Closes the shared connection; sessions and cursors still open keep theirs until they are closed. If that was the
     * last connection to the file, and the file is still the one opened, it is stamped as closed intact
     * ({@link CheckedStamp}).
     */
    @Override
    public void close() {
        try {
            shared.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close " + file + ": " + e.getMessage(), e);
        }
        CheckedStamp.stampIfClosed(file, identityAtOpen);
    }

    private static Path backUp(Path path, Connections connections, OpenOptions options, int version) {
        try (Connection source = connections.inspection()) {
            return new Backups(path, options.clock(), options.backupsToKeep()).backUp(source, version);
        } catch (SQLException e) {
            throw new StoreException("Could not back up " + path + " before upgrading it: " + e.getMessage(), e);
        }
    }

    private static void compactIfMostlyFree(Connections connections) {
        try (Connection connection = connections.forMigration().getConnection()) {
            FreeSpace.compactIfMostlyFree(connection);
        } catch (SQLException e) {
            // VACUUM fails whole (a full disk: it needs room for a second copy), and the upgraded file stays as it
            // was, its free pages kept for later imports; not worth refusing to open it over.
        }
    }

    private static void layOut(Path path, Connections connections) {
        try {
            connections.layOutNewFile();
        } catch (SQLException e) {
            if (SchemaMigrator.isBusy(e)) {
                // Another connection is creating the file right now and has laid it out; migrating waits for it.
                return;
            }
            throw new StoreException("Could not create " + path + ": " + e.getMessage(), e);
        }
    }

    /** Opens the shared connection; after an upgrade, first checks that no migration left a dangling reference. */
    private static Connection openShared(Path path, Connections connections, boolean migrated) {
        try {
            Connection connection = connections.shared();
            if (migrated) {
                try (Statement statement = connection.createStatement();
                     ResultSet dangling = statement.executeQuery("PRAGMA foreign_key_check")) {
                    if (dangling.next()) {
                        String table = dangling.getString(1);
                        connection.close();
                        throw new StoreException("The schema upgrade of " + path + " left rows of " + table
                                + " pointing at nothing; restore the backup taken before it");
                    }
                }
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException("Could not open " + path + ": " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException("Could not create the folder of " + path + ": " + e.getMessage(), e);
        }
    }
}
