package dev.ratecard.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The strip at the bottom of the window: what runs, how far it is, and Cancel. */
final class StatusBarView extends HBox {

    StatusBarView(StatusBarViewModel model) {
        getStyleClass().add("status-bar");
        setId("status-bar");

        Label text = new Label();
        text.setId("status-text");
        text.textProperty().bind(model.textProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        Label others = new Label();
        others.setId("status-others");
        others.textProperty().bind(model.otherTasksProperty());
        others.visibleProperty().bind(model.otherTasksProperty().isNotEmpty());
        others.managedProperty().bind(others.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(model.canCancelProperty().not());
        cancel.setOnAction(event -> model.cancel());

        getChildren().addAll(text, others, progress, cancel);
    }
}
