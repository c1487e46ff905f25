package dev.ratecard.store;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures of a migration are another connection's lock, waited out and retried, and which are errors. */
class SchemaMigratorBusyTest {

    @Test
    void aLockHeldByAnotherConnectionDeepInTheCauseIsBusy() {
        SQLiteException locked = new SQLiteException("[SQLITE_BUSY] The database file is locked", SQLiteErrorCode.SQLITE_BUSY);
        FlywayException failure = new FlywayException("Unable to obtain connection from database",
                new SQLException("wrapped", locked));

        assertTrue(SchemaMigrator.isBusy(failure));
    }

    @Test
    void aBrokenScriptOrAnotherSqliteErrorIsNotWaitedOut() {
        assertFalse(SchemaMigrator.isBusy(new FlywayException("Migration V9001 failed")));
        assertFalse(SchemaMigrator.isBusy(new FlywayException("no such table",
                new SQLiteException("[SQLITE_ERROR] no such table: usage", SQLiteErrorCode.SQLITE_ERROR))));
    }
}
