package dev.ratecard.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; never moves the cursor. */
@FunctionalInterface
interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
}
