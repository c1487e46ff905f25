package dev.ratecard.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dialogs view models may open. Called on the UI thread; each blocks until the user answers. */
public interface DialogService {
    /** True if the user chose the confirming answer. */
    boolean confirm(Confirmation confirmation);

    /** Says what went wrong and what the user can do about it. */
    void showError(ErrorReport report);

    void showInformation(String title, String message);

    /** The files chosen, none if the user cancelled. */
    List<Path> chooseFilesToOpen(FileRequest request);

    Optional<Path> chooseFileToSave(FileRequest request);

    Optional<Path> chooseFolder(String title, Optional<Path> initialFolder);
}
