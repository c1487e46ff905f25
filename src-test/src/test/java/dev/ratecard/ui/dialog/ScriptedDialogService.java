package dev.ratecard.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for tests: answers from a script, records what was asked and shown. An unscripted
 * question fails the test, so that a dialog nobody expected cannot pass unnoticed.
 */
public final class ScriptedDialogService implements DialogService {
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    private final Deque<Optional<Path>> filesToSave = new ArrayDeque<>();
    private final Deque<Optional<Path>> folders = new ArrayDeque<>();
    private final List<Confirmation> asked = new ArrayList<>();
    private final List<ErrorReport> errors = new ArrayList<>();
    private final List<String> information = new ArrayList<>();

    public ScriptedDialogService answerConfirm(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    public ScriptedDialogService answerFilesToOpen(List<Path> files) {
        filesToOpen.add(files);
        return this;
    }

    public ScriptedDialogService answerFileToSave(Optional<Path> file) {
        filesToSave.add(file);
        return this;
    }

    public ScriptedDialogService answerFolder(Optional<Path> folder) {
        folders.add(folder);
        return this;
    }

    public List<Confirmation> asked() {
        return List.copyOf(asked);
    }

    public List<ErrorReport> errors() {
        return List.copyOf(errors);
    }

    public List<String> information() {
        return List.copyOf(information);
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return next(confirmations, "confirm: " + confirmation.question());
    }

    @Override
    public void showError(ErrorReport report) {
        errors.add(report);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        return next(filesToOpen, "files to open: " + request.title());
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        return next(filesToSave, "file to save: " + request.title());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> initialFolder) {
        return next(folders, "folder: " + title);
    }

    private static <T> T next(Deque<T> answers, String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("no scripted answer for " + question);
        }
        return answers.poll();
    }
}
