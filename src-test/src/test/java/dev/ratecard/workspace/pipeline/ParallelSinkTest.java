package dev.ratecard.workspace.pipeline;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.importers.usage.UsageSink;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records cross to the sink's thread in order and complete; a failure on either side stops both. */
class ParallelSinkTest {
    private static final ReadSummary SUMMARY = new ReadSummary("usage.jsonl", UsageFormat.REQUEST_LOG, "UTF-8", null, null,
            0, 0, 0, 0, Map.of(), null, null, BucketCounts.ZERO, Map.of(), List.of(), 0);

    @Test
    void everyRecordAndIssueReachesTheSinkInOrderOnAnotherThread() throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicReference<Thread> sinkThread = new AtomicReference<>();
        UsageSink sink = new UsageSink() {
            @Override
            public void accept(UsageRecord record) {
                sinkThread.set(Thread.currentThread());
                seen.add(record.naturalKey());
            }

            @Override
            public void issue(ImportIssue issue) {
                seen.add(issue.reason());
            }
        };

        // 5,000 items: several full chunks of 1,024 and a partial last one.
        ReadSummary summary = ParallelSink.run(handOff -> {
            for (int i = 0; i < 5_000; i++) {
                if (i % 1_000 == 999) {
                    handOff.issue(ImportIssue.warning(SourceRef.line("usage.jsonl", i), null, null, "issue " + i));
                } else {
                    handOff.accept(record(i));
                }
            }
            return SUMMARY;
        }, sink);

        assertSame(SUMMARY, summary);
        assertEquals(5_000, seen.size());
        for (int i = 0; i < 5_000; i++) {
            assertEquals(i % 1_000 == 999 ? "issue " + i : "r-" + i, seen.get(i));
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertNotEquals(Thread.currentThread(), sinkThread.get());
        }
    }

    @Test
    void aFailingSinkStopsTheReaderWithTheSinksException() {
        IllegalStateException storeFull = new IllegalStateException("disk full");
        int[] offered = {0};

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ParallelSink.run(handOff -> {
            for (int i = 0; i < 1_000_000; i++) {
                offered[0]++;
                handOff.accept(record(i));
            }
            return SUMMARY;
        }, record -> {
            if (record.naturalKey().equals("r-2000")) {
                throw storeFull;
            }
        }));

        assertSame(storeFull, thrown);
        assertTrue(offered[0] < 1_000_000, "the reader stopped early: " + offered[0]);
    }

    @Test
    void aFailingReaderStopsTheSinkAndItsExceptionReachesTheCaller() {
        ImportException truncated = new ImportException(ImportIssue.error(SourceRef.line("usage.json", 18), null, null,
                "truncated JSON"));
        List<String> seen = new ArrayList<>();

        ImportException thrown = assertThrows(ImportException.class, () -> ParallelSink.run(handOff -> {
            for (int i = 0; i < 3_000; i++) {
                handOff.accept(record(i));
            }
            throw truncated;
        }, record -> seen.add(record.naturalKey())));

        assertSame(truncated, thrown);
        assertTrue(seen.size() <= 3_000);
    }

    @Test
    void anIoFailureOfTheReaderIsRethrownAsItIs() {
        IOException gone = new IOException("the disk went away");

        assertSame(gone, assertThrows(IOException.class, () -> ParallelSink.run(handOff -> {
            throw gone;
        }, record -> { })));
    }

    private static UsageRecord record(int i) {
        return new UsageRecord(Instant.EPOCH.plusSeconds(i), Duration.ZERO, "openai", "gpt-4o", Routes.DIRECT, false, null,
                null, Map.of(), BucketCounts.ZERO, null, "r-" + i, SourceRef.line("usage.jsonl", i + 1L));
    }
}
