package dev.ratecard.ui.shell;

import dev.ratecard.ui.screen.AppCommand;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.theme.ThemeManager;
import dev.ratecard.workspace.settings.WindowBounds;
import dev.ratecard.workspace.settings.WindowState;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays out the main window and binds it to its view model: menus on top, navigation on the left, the screen in
 * the middle, the status bar below. Also where the window's own events land: close requests (asking first if a
 * task runs), files dropped onto it, and its position, remembered for the next start.
 */
public final class MainWindowView {
    private final Stage stage;
    private final MainWindowViewModel model;
    private final Runnable onClosed;
    private final WindowStateTracker tracker;
    private final ScreenHost content;

    /**
     * @param onClosed runs once the window has agreed to close and saved its state (the app shuts down there)
     */
    public MainWindowView(Stage stage, MainWindowViewModel model, StatusBarViewModel status, ScreenContext context,
            ThemeManager theme, Runnable onClosed) {
        this(stage, model, status, context, theme, List.of(), onClosed);
    }

    /**
     * @param workspaceCommands commands on the whole workspace, listed in the File menu (e.g. removing the sample)
     * @param onClosed          runs once the window has agreed to close and saved its state (the app shuts down there)
     */
    public MainWindowView(Stage stage, MainWindowViewModel model, StatusBarViewModel status, ScreenContext context,
            ThemeManager theme, List<AppCommand> workspaceCommands, Runnable onClosed) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.model = Objects.requireNonNull(model, "model");
        this.onClosed = Objects.requireNonNull(onClosed, "onClosed");

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(MainMenu.build(model, workspaceCommands, this::quit));
        ScreenNavigation navigation = new ScreenNavigation(model);
        root.setLeft(navigation);
        content = new ScreenHost(model, context);
        root.setCenter(content);
        root.setBottom(new StatusBarView(status));

        WindowState saved = model.savedWindowState();
        WindowBounds bounds = WindowPlacement.place(saved.bounds(), screensPrimaryFirst());
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        theme.style(scene);
        model.themeProperty().addListener((observable, was, now) -> theme.apply(now));
        scene.getAccelerators().put(MainMenu.REDO_ALTERNATIVE, model::redo);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);

        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(saved.maximized());
        stage.setOnCloseRequest(event -> {
            if (!prepareToClose()) {
                event.consume();
            }
        });
        this.tracker = new WindowStateTracker(stage);
        navigation.requestFocus();
    }

    /** Shows the window with its screen. */
    public void show() {
        content.start();
        stage.show();
    }

    /**
     * Shows the window with its menus, navigation and status bar but an empty content area, so that the first
     * frame comes as early as possible; {@link #showContent()} then fills it.
     */
    public void showFrame() {
        stage.show();
    }

    /** Builds and shows the selected screen; after {@link #showFrame()}. */
    public void showContent() {
        content.start();
    }

    /** File › Quit: the same questions as closing the window, then closes it. */
    private void quit() {
        if (prepareToClose()) {
            stage.hide();
        }
    }

    private boolean prepareToClose() {
        if (!content.confirmClose() || !model.confirmQuit()) {
            return false;
        }
        model.rememberWindow(tracker.normalBounds(), stage.isMaximized());
        onClosed.run();
        return true;
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && model.acceptsDrop(paths(event.getDragboard().getFiles()))) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean taken = event.getDragboard().hasFiles();
        if (taken) {
            model.openFiles(paths(event.getDragboard().getFiles()));
        }
        event.setDropCompleted(taken);
        event.consume();
    }

    private static List<Rectangle2D> screensPrimaryFirst() {
        Screen primary = Screen.getPrimary();
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(primary.getVisualBounds());
        Screen.getScreens().stream().filter(screen -> !screen.equals(primary)).map(Screen::getVisualBounds)
                .forEach(screens::add);
        return screens;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
