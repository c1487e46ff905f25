package dev.ratecard.ui.usage;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.WaitingFiles;
import dev.ratecard.workspace.scenarios.ScenarioFileType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where usage files opened, dropped or picked from the recent files arrive, before and after the Usage screen's
 * view exists: files that come first wait until the screen takes them. Any regular file but a scenario file
 * ({@code .ratecard}, or JSON in the scenario format) is taken; what it is, is told from its content by the wizard.
 */
public final class UsageImportInbox implements FileOpenHandler {
    private final WaitingFiles files = new WaitingFiles();

    @Override
    public boolean accepts(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(UsageImportInbox::isUsageFile);
    }

    @Override
    public void open(List<Path> files) {
        this.files.offer(files);
    }

    /** From now on files go to {@code taker}; those that came before go to it at once. */
    void deliverTo(Consumer<List<Path>> taker) {
        files.deliverTo(taker);
    }

    private static boolean isUsageFile(Path file) {
        return !Files.isDirectory(file) && !ScenarioFileType.isScenarioFile(file);
    }
}
