package dev.ratecard.workspace.pipeline;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.importers.usage.UsageSink;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reader on the calling thread and its sink on a second one, handing records and issues over in
 * chunks, in order. The queue is bounded, so a fast reader waits for a slow sink rather than filling the heap.
 *
 * <p>Failure either side stops both: a sink that throws makes the reader's next hand-over throw the same
 * exception, and a reader that throws stops the sink thread before the exception reaches the caller. When
 * {@link #run} returns, every record has reached the sink and its thread has ended, so the caller may use what
 * the sink built (commit a transaction, read sums) without further synchronisation. With one processor the
 * sink simply runs on the calling thread.
 */
public final class ParallelSink {
    /** The reader's side: reads a file into the sink it is given. */
    @FunctionalInterface
    public interface Reader {
        ReadSummary read(UsageSink sink) throws IOException, ImportException;
    }

    /**
     * A sink whose work is split: {@link #prepare} runs on the reading thread, in file order; {@link #accept} and
     * {@link #issue} run on the second thread, in the same order as records and issues were found.
     */
    public interface Stages<T> {
        T prepare(UsageRecord record);

        void accept(T prepared);

        void issue(ImportIssue issue);
    }

    static final int CHUNK = 1_024;
    private static final int CHUNKS_IN_FLIGHT = 8;
    private static final Object[] END = new Object[0];

    private ParallelSink() {
    }

    /** Reads with {@code reader} into {@code sink}, the sink on a thread of its own; returns what the reader returns. */
    public static ReadSummary run(Reader reader, UsageSink sink) throws IOException, ImportException {
        Objects.requireNonNull(sink, "sink");
        return run(reader, new Stages<UsageRecord>() {
            @Override
            public UsageRecord prepare(UsageRecord record) {
                return record;
            }

            @Override
            public void accept(UsageRecord record) {
                sink.accept(record);
            }

            @Override
            public void issue(ImportIssue issue) {
                sink.issue(issue);
            }
        });
    }

    /** Reads with {@code reader}, preparing each record on the reading thread and passing it on on a second one. */
    public static <T> ReadSummary run(Reader reader, Stages<T> stages) throws IOException, ImportException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(stages, "stages");
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return reader.read(new UsageSink() {
                @Override
                public void accept(UsageRecord record) {
                    stages.accept(stages.prepare(record));
                }

                @Override
                public void issue(ImportIssue issue) {
                    stages.issue(issue);
                }
            });
        }
        HandOff<T> handOff = new HandOff<>(stages);
        Thread consumer = Thread.ofPlatform().name("ratecard-sink").daemon().start(handOff::consume);
        ReadSummary result;
        try {
            result = reader.read(handOff);
            handOff.finish();
        } catch (Throwable readerFailure) {
            handOff.abandon();
            join(consumer);
            throw readerFailure;
        }
        join(consumer);
        handOff.rethrowSinkFailure();
        return result;
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An issue among the prepared records, so that the consumer tells them apart whatever {@code T} is. */
    private record FoundIssue(ImportIssue issue) {
    }

    /** The reader's sink: fills chunks and queues them; the consumer thread empties them into the real sink. */
    private static final class HandOff<T> implements UsageSink {
        private final Stages<T> stages;
        private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
        private Object[] chunk = new Object[CHUNK];
        private int filled;
        private volatile Throwable sinkFailure;
        private volatile boolean abandoned;

        HandOff(Stages<T> stages) {
            this.stages = stages;
        }

        @Override
        public void accept(UsageRecord record) {
            add(stages.prepare(record));
        }

        @Override
        public void issue(ImportIssue issue) {
            add(new FoundIssue(issue));
        }

        private void add(Object item) {
            chunk[filled++] = item;
            if (filled == CHUNK) {
                send();
            }
        }

        private void send() {
            Object[] full = filled == CHUNK ? chunk : Arrays.copyOf(chunk, filled);
            chunk = new Object[CHUNK];
            filled = 0;
            put(full);
        }

        /** Waits for room; gives up, with the sink's own exception, if the sink failed meanwhile. */
        private void put(Object[] items) {
            try {
                while (!queue.offer(items, 50, TimeUnit.MILLISECONDS)) {
                    rethrowSinkFailure();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing records to the sink", e);
            }
            rethrowSinkFailure();
        }

        void finish() {
            if (filled > 0) {
                send();
            }
            put(END);
        }

        /** The reader failed: the consumer stops at its next chunk, whatever is queued. */
        void abandon() {
            abandoned = true;
            queue.clear();
            queue.offer(END);
        }

        void consume() {
            try {
                while (true) {
                    Object[] items = queue.take();
                    if (items == END || abandoned) {
                        return;
                    }
                    for (Object item : items) {
                        if (item instanceof FoundIssue found) {
                            stages.issue(found.issue());
                        } else {
                            @SuppressWarnings("unchecked")
                            T prepared = (T) item;
                            stages.accept(prepared);
                        }
                    }
                }
            } catch (Throwable failure) {
                sinkFailure = failure;
                queue.clear();
            }
        }

        void rethrowSinkFailure() {
            Throwable failure = sinkFailure;
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }
}
