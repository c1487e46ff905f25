package dev.ratecard.ui.screen;

import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.task.TaskExecutor;

import java.util.Objects;

/**
 * The services every screen gets: background work, dialogs, the user's settings and the status line. Screens
 * take what else they need (the workspace's catalogue and store) through their own constructors.
 */
public record ScreenContext(TaskExecutor tasks, DialogService dialogs, SettingsModel settings, StatusNotices notices) {
    public ScreenContext {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(notices, "notices");
    }
}
