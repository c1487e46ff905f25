package dev.ratecard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids of the names an import's rows store ({@code usage_name}: models, providers, routes, the tags that name a
 * project, API key, team or app, currencies …), each name once. Loaded when the import begins, in its transaction,
 * which holds the workspace's write lock, so no other writer can add or delete a name meanwhile; a name met for the
 * first time gets the next id at once, and goes into {@code usage_name} with the next {@link #insertNew}, in the same
 * transaction as the rows that use it.
 *
 * <p>The thread that prepares rows asks for the ids of the names it binds, the thread that writes for those it writes
 * into a statement, so lookups and new ids are safe from both.
 */
final class UsageNames {
    private record NewName(long id, String text) {
    }

    private final Map<String, Long> ids;
    private final AtomicLong nextId;
    private final Queue<NewName> notYetInserted = new ConcurrentLinkedQueue<>();

    private UsageNames(Map<String, Long> ids, long nextId) {
        this.ids = ids;
        this.nextId = new AtomicLong(nextId);
    }

    /** Before any name is stored. */
    static UsageNames none() {
        return new UsageNames(new ConcurrentHashMap<>(), 1);
    }

    /** Every name stored so far; call inside the import's transaction, once it holds the write lock. */
    static UsageNames load(Connection connection) throws SQLException {
        Map<String, Long> ids = new ConcurrentHashMap<>();
        long largest = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, text FROM usage_name")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                ids.put(rows.getString(2), id);
                largest = Math.max(largest, id);
            }
        }
        return new UsageNames(ids, largest + 1);
    }

    /** The id of {@code text}, a new one if it was never stored; {@code null} for {@code null}. */
    Long idOf(String text) {
        if (text == null) {
            return null;
        }
        Long id = ids.get(text);
        return id != null ? id : ids.computeIfAbsent(text, this::newId);
    }

    private Long newId(String text) {
        long id = nextId.getAndIncrement();
        notYetInserted.add(new NewName(id, text));
        return id;
    }

    /** Inserts the names given ids since the last call; on the writing thread, before the import commits. */
    void insertNew(Connection connection) throws SQLException {
        if (notYetInserted.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_name (id, text) VALUES (?, ?)")) {
            for (NewName name = notYetInserted.poll(); name != null; name = notYetInserted.poll()) {
                insert.setLong(1, name.id());
                insert.setString(2, name.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
