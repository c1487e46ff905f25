package dev.ratecard.store;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * How a workspace is opened. The defaults suit the app; tests change the clock, and add a folder of extra
 * migration scripts to exercise an upgrade.
 *
 * @param migrationLocations Flyway locations of the {@code V<n>__<what>.sql} scripts
 * @param backupsToKeep      how many pre-upgrade backups to keep beside the workspace, newest first
 * @param clock              the time stamped on batches, scenarios and backups
 */
public record OpenOptions(List<String> migrationLocations, int backupsToKeep, Clock clock) {
    public static final int DEFAULT_BACKUPS_KEPT = 5;

    public OpenOptions {
        migrationLocations = List.copyOf(migrationLocations);
        if (migrationLocations.isEmpty()) {
            throw new IllegalArgumentException("at least one migration location is needed");
        }
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("backupsToKeep must be at least 1: " + backupsToKeep);
        }
        Objects.requireNonNull(clock, "clock");
    }

    public static OpenOptions defaults() {
        return new OpenOptions(List.of(SchemaMigrator.DEFAULT_LOCATION), DEFAULT_BACKUPS_KEPT, Clock.systemUTC());
    }

    public OpenOptions withMigrationLocations(List<String> locations) {
        return new OpenOptions(locations, backupsToKeep, clock);
    }

    public OpenOptions withBackupsToKeep(int count) {
        return new OpenOptions(migrationLocations, count, clock);
    }

    public OpenOptions withClock(Clock newClock) {
        return new OpenOptions(migrationLocations, backupsToKeep, newClock);
    }
}
