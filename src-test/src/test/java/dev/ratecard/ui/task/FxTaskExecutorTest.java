package dev.ratecard.ui.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FX executor with a queue standing in for the FX thread: the test thread drains it, so every callback
 * must arrive through it, and nothing needs a toolkit.
 */
class FxTaskExecutorTest {
    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(2, uiQueue::add);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdown();
        assertTrue(executor.awaitTermination(Duration.ofSeconds(5)));
    }

    @Test
    void runsWorkInThePoolAndCallbacksOnTheUiThread() throws InterruptedException {
        String uiThread = Thread.currentThread().getName();
        List<String> workThreads = new CopyOnWriteArrayList<>();
        BackgroundTask.of("Sum", context -> {
            workThreads.add(Thread.currentThread().getName());
            return 42;
        }).onRunning(() -> events.add("running on ui: " + isOn(uiThread)))
                .onSuccess(value -> events.add("succeeded " + value + " on ui: " + isOn(uiThread)))
                .onFinished(() -> events.add("finished on ui: " + isOn(uiThread)))
                .executeWith(executor);

        drainUntil(() -> events.size() == 3);

        assertEquals(List.of("running on ui: true", "succeeded 42 on ui: true", "finished on ui: true"), events);
        assertEquals(List.of("ratecard-task-1"), workThreads);
        assertEquals("Done: sum", executor.activity().lastOutcomeProperty().get());
    }

    @Test
    void aQuietTaskRunsAndReportsButStaysOutOfTheStatusBar() throws InterruptedException {
        BackgroundTask.of("Sum", context -> 1).onFinished(() -> events.add("sum finished")).executeWith(executor);
        drainUntil(() -> events.size() == 1);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        BackgroundTask.of("Check quietly", context -> 2).quiet()
                .onRunning(() -> seen.add(executor.activity().tasks().size()))
                .onSuccess(value -> events.add("check succeeded " + value))
                .executeWith(executor);

        drainUntil(() -> events.size() == 2);

        assertEquals("check succeeded 2", events.get(1));
        assertEquals(List.of(0), seen, "not listed while it runs");
        assertEquals("Done: sum", executor.activity().lastOutcomeProperty().get(), "the last listed task's outcome stays");
    }

    @Test
    void cancelInterruptsWorkThatIsWaiting() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        BackgroundTask<String> task = BackgroundTask.of("Wait", context -> {
            started.countDown();
            new CountDownLatch(1).await();
            return "never";
        }).onCancelled(() -> events.add("cancelled")).onFinished(() -> events.add("finished"));
        task.executeWith(executor);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        drainUntil(() -> executor.activity().busyProperty().get());
        ActiveTask shown = executor.activity().latestProperty().get();

        shown.cancel();

        drainUntil(() -> events.size() == 2);
        assertEquals(List.of("cancelled", "finished"), events);
        assertTrue(shown.cancellingProperty().get(), "the status bar showed the cancel being honoured");
        assertEquals(List.of(), executor.activity().tasks());
    }

    @Test
    void shutdownCancelsTasksUnderWay() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        BackgroundTask.of("Import", context -> {
            started.countDown();
            while (!context.isCancelled()) {
                Thread.onSpinWait();
            }
            context.checkCancelled();
            return "never";
        }).onCancelled(() -> events.add("cancelled")).executeWith(executor);
        assertTrue(started.await(5, TimeUnit.SECONDS));

        executor.shutdown();

        assertTrue(executor.awaitTermination(Duration.ofSeconds(5)));
        drainUntil(() -> events.contains("cancelled"));
        assertEquals("\"Late\" cannot start: the app is closing",
                assertThrows(IllegalStateException.class,
                        () -> BackgroundTask.of("Late", context -> 1).executeWith(executor)).getMessage());
    }

    @Test
    void coalescesProgressSoAFastReaderCannotFloodTheUiThread() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        BackgroundTask.of("Read", context -> {
            for (int row = 1; row <= 100_000; row++) {
                context.updateProgress(row, 100_000);
            }
            return null;
        }).onFinished(done::countDown).executeWith(executor);
        ActiveTask[] shown = new ActiveTask[1];
        executor.activity().latestProperty().addListener((o, was, now) -> {
            if (now != null) {
                shown[0] = now;
            }
        });
        waitForWorkerToEnd();

        // Queued while nobody drained: activity start, running, ONE progress update, the outcome.
        assertEquals(4, uiQueue.size());
        drainUntil(() -> done.getCount() == 0);
        assertEquals(1.0, shown[0].progressProperty().get());
    }

    private void waitForWorkerToEnd() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (uiQueue.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static boolean isOn(String threadName) {
        return Thread.currentThread().getName().equals(threadName);
    }

    private void drainUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            Runnable next = uiQueue.poll(50, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; events so far: " + events);
            }
        }
    }
}
