package dev.ratecard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts of the names usage rows refer to by id ({@code usage_name}), looked up on a reading connection once each
 * and kept: a workspace holds a few hundred such names however many rows name them. Looked up on the connection that
 * reads the rows, inside the snapshot of its open statement, so every id a row holds is found: the import that stored
 * the row stored its names in the same transaction, and a name is only deleted with the last row that names it.
 */
final class NameTexts implements AutoCloseable {
    private final PreparedStatement lookup;
    private final Map<Long, String> texts = new HashMap<>();

    NameTexts(Connection connection) throws SQLException {
        this.lookup = connection.prepareStatement("SELECT text FROM usage_name WHERE id = ?");
    }

    /** The name whose id {@code column} of the current row holds, or {@code null} if it holds none. */
    String of(ResultSet row, String column) throws SQLException {
        long id = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        String text = texts.get(id);
        if (text == null) {
            text = lookUp(id);
            texts.put(id, text);
        }
        return text;
    }

    private String lookUp(long id) throws SQLException {
        lookup.setLong(1, id);
        try (ResultSet name = lookup.executeQuery()) {
            if (!name.next()) {
                throw new SQLException("usage_name holds no name with id " + id);
            }
            return name.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        lookup.close();
    }
}
