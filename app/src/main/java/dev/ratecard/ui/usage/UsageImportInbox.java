package dev.ratecard.ui.usage;

import dev.ratecard.ui.screen.FileOpenHandler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where usage files opened, dropped or picked from the recent files arrive, before and after the Usage screen's
 * view exists: files that come first wait until the screen takes them. Any regular file but a scenario file
 * ({@code .ratecard}) is taken; what it is, is told from its content by the wizard.
 */
public final class UsageImportInbox implements FileOpenHandler {
    static final String SCENARIO_EXTENSION = ".ratecard";

    private final List<List<Path>> waiting = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    @Override
    public boolean accepts(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(UsageImportInbox::isUsageFile);
    }

    @Override
    public void open(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        if (receiver == null) {
            waiting.add(copy);
        } else {
            receiver.accept(copy);
        }
    }

    /** From now on files go to {@code taker}; those that came before go to it at once. */
    void deliverTo(Consumer<List<Path>> taker) {
        this.receiver = Objects.requireNonNull(taker, "taker");
        List<List<Path>> earlier = List.copyOf(waiting);
        waiting.clear();
        earlier.forEach(taker);
    }

    private static boolean isUsageFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return !name.endsWith(SCENARIO_EXTENSION) && !Files.isDirectory(file);
    }
}
