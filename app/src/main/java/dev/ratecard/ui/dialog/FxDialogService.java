package dev.ratecard.ui.dialog;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The dialogs as JavaFX alerts and the platform's file choosers, owned by the main window and themed like it. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final ObservableList<String> stylesheets;

    /** @param stylesheets the theme's stylesheets, which every dialog follows while it is open */
    public FxDialogService(Window owner, ObservableList<String> stylesheets) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.stylesheets = Objects.requireNonNull(stylesheets, "stylesheets");
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        ButtonType yes = new ButtonType(confirmation.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(confirmation.cancelLabel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, confirmation.title(), confirmation.question(),
                confirmation.detail());
        alert.getButtonTypes().setAll(yes, no);
        alert.getDialogPane().lookupButton(no).getStyleClass().add("secondary");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showError(ErrorReport report) {
        Alert alert = alert(Alert.AlertType.ERROR, "Ratecard", report.whatHappened(), report.whatToDo());
        report.details().ifPresent(details -> {
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(12);
            text.getStyleClass().add("monospace");
            alert.getDialogPane().setExpandableContent(text);
        });
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, title, message).showAndWait();
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        List<File> chosen = fileChooser(request).showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        FileChooser chooser = fileChooser(request);
        chooser.setInitialFileName(request.suggestedName());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingFolder(initialFolder).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private FileChooser fileChooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        request.types().forEach(type -> chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(type.description(), type.patterns())));
        if (!request.types().isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        }
        existingFolder(request.initialFolder()).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    private static Optional<Path> existingFolder(Optional<Path> folder) {
        // The platform chooser fails on a folder that no longer exists.
        return folder.filter(Files::isDirectory);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(content);
        // Long sentences wrap instead of being cut off.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Bindings.bindContent(alert.getDialogPane().getStylesheets(), stylesheets);
        return alert;
    }
}
