package dev.ratecard.workspace.usage;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.usage.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The first records of a file for an import's preview. */
class FirstRecordsTest {
    @TempDir
    Path folder;

    @Test
    void readsTheFirstRecordsInFileOrderUpToTheLimit() throws Exception {
        Path file = HandCheckedUsage.write(folder);

        List<UsageRecord> records = new FirstRecords().read(file, ReadOptions.defaults(), 3, Progress.NONE).records();

        assertEquals(List.of("gpt-4o-2024-08-06", "gpt-4o", "gpt-4o-mini"), records.stream().map(UsageRecord::model).toList());
        assertEquals(List.of(1L, 2L, 3L), records.stream().map(r -> r.source().line()).toList());
        assertEquals(4, new FirstRecords().read(file, ReadOptions.defaults(), 50, Progress.NONE).records().size(),
                "a short file whole");
    }

    @Test
    void keepsTheIssuesMetOnTheWay() throws Exception {
        // Line 2 has a negative prompt count: the reader rejects that line with an error and goes on.
        Path file = Files.writeString(folder.resolve("bad.jsonl"), """
                {"id":"a","created":1785751200,"model":"gpt-4o","usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12}}
                {"id":"b","created":1785751200,"model":"gpt-4o","usage":{"prompt_tokens":-5,"completion_tokens":2,"total_tokens":-3}}
                """);

        FirstRecords.Sample sample = new FirstRecords().read(file, ReadOptions.defaults(), 10, Progress.NONE);

        assertEquals(1, sample.records().size());
        assertEquals(1, sample.issues().size());
        assertEquals(2, sample.issues().getFirst().where().line());
        assertEquals("usage.prompt_tokens", sample.issues().getFirst().column());
    }

    @Test
    void theCallersCancelStillStopsTheRead() {
        Path file = HandCheckedUsage.write(folder);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(ImportCancelledException.class, () -> new FirstRecords().read(file, ReadOptions.defaults(), 3, cancelled));
    }
}
