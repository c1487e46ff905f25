package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Ids of names as an import hands them out: one per text, from either thread, each inserted once. */
class UsageNamesTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void twoThreadsAskingForTheSameNamesGetOneIdEachAndEveryNameIsInsertedOnce() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            texts.add("model-" + i);
        }
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        UsageNames names = UsageNames.none();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Map<String, Long>> preparing = threads.submit(idsOf(names, texts, start));
            Future<Map<String, Long>> writing = threads.submit(idsOf(names, reversed, start));
            start.countDown();

            Map<String, Long> seenByOne = preparing.get();
            Map<String, Long> seenByOther = writing.get();
            assertEquals(List.of(), texts.stream().filter(text -> !seenByOne.get(text).equals(seenByOther.get(text)))
                    .limit(3).toList(), "names the two threads got different ids for");
            // Ids 1 to 5,000, one per text, whichever thread gave it out.
            assertEquals(5_000, new HashSet<>(seenByOne.values()).size());
            assertEquals(1L, seenByOne.values().stream().mapToLong(Long::longValue).min().orElseThrow());
            assertEquals(5_000L, seenByOne.values().stream().mapToLong(Long::longValue).max().orElseThrow());

            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.file())) {
                names.insertNew(connection);
                names.insertNew(connection);
            }
            assertEquals("5000", SqlProbe.string(workspace.file(), "SELECT count(*) FROM usage_name"));
            assertEquals(Long.toString(seenByOne.get("model-4321")),
                    SqlProbe.string(workspace.file(), "SELECT id FROM usage_name WHERE text = 'model-4321'"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void namesAlreadyStoredKeepTheirIdsAndNewOnesComeAfterTheLargest() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.file())) {
            connection.createStatement().execute("INSERT INTO usage_name (id, text) VALUES (3, 'gpt-4o'), (7, 'openai')");
            UsageNames names = UsageNames.load(connection);

            assertEquals(3L, names.idOf("gpt-4o"));
            assertEquals(7L, names.idOf("openai"));
            assertEquals(8L, names.idOf("o4-mini"));
            assertNull(names.idOf(null));
            names.insertNew(connection);
        }

        assertEquals(List.of("3 gpt-4o", "7 openai", "8 o4-mini"),
                SqlProbe.strings(workspace.file(), "SELECT id || ' ' || text FROM usage_name ORDER BY id"));
    }

    private static Callable<Map<String, Long>> idsOf(UsageNames names, List<String> texts, CountDownLatch start) {
        return () -> {
            start.await();
            Map<String, Long> ids = new HashMap<>();
            for (String text : texts) {
                ids.put(text, names.idOf(text));
            }
            return ids;
        };
    }
}
