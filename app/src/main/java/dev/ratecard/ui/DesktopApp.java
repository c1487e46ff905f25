package dev.ratecard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application: builds the main window. */
public final class DesktopApp extends Application {

    public static void open(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Ratecard");
        stage.setScene(new Scene(new Label("Ratecard"), 1200, 800));
        stage.show();
    }
}
