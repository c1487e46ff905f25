package dev.ratecard.ui.screen;

import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.task.TaskExecutor;

import java.util.Objects;

/**
 * The services every screen gets: background work, dialogs, the user's settings, the status line, the workspace
 * the window opened (observable: it opens after the window shows, and changes as screens import or delete), and a
 * way to send the user to another screen. Screens take what else they need through their own constructors.
 */
public record ScreenContext(TaskExecutor tasks, DialogService dialogs, SettingsModel settings, StatusNotices notices,
                            WorkspaceModel workspace, Navigator navigator) {
    public ScreenContext {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(navigator, "navigator");
    }

    /** For a window without a shared workspace or navigation: the workspace stays closed, navigation does nothing. */
    public ScreenContext(TaskExecutor tasks, DialogService dialogs, SettingsModel settings, StatusNotices notices) {
        this(tasks, dialogs, settings, notices, new WorkspaceModel(tasks, dialogs, notices), Navigator.NONE);
    }
}
