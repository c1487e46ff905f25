package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.WaitingFiles;
import dev.ratecard.workspace.scenarios.ScenarioFileType;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a scenario file opened, dropped, picked from the recent files or passed by the desktop arrives, before and
 * after the Scenarios screen's view exists. One file at a time, as the editor holds one scenario: a {@code .ratecard}
 * file, or JSON that says it is in the scenario format (a usage export in JSON is left to the Usage screen).
 */
final class ScenarioFileInbox implements FileOpenHandler {
    private final WaitingFiles files = new WaitingFiles();

    @Override
    public boolean accepts(List<Path> files) {
        return files.size() == 1 && ScenarioFileType.isScenarioFile(files.getFirst());
    }

    @Override
    public void open(List<Path> files) {
        this.files.offer(files);
    }

    /** From now on files go to {@code taker}; one that came before goes to it at once. */
    void deliverTo(Consumer<List<Path>> taker) {
        files.deliverTo(taker);
    }
}
