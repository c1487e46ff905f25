package dev.ratecard.ui.shell;

import dev.ratecard.ui.screen.AppCommand;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.workspace.settings.ThemePreference;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The menu bar. Every item is bound to the view model; the menus hold no state of their own. */
final class MainMenu {
    static final KeyCombination OPEN = KeyCombination.keyCombination("Shortcut+O");
    static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    /** The other redo users expect (Windows, LibreOffice); a scene accelerator, as a menu item has one only. */
    static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Y");
    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private static final Map<ThemePreference, String> THEME_LABELS = Map.of(
            ThemePreference.LIGHT, "_Light", ThemePreference.DARK, "_Dark", ThemePreference.SYSTEM, "Match _system");

    private MainMenu() {
    }

    static MenuBar build(MainWindowViewModel model, List<AppCommand> workspaceCommands, Runnable quit) {
        MenuBar bar = new MenuBar(file(model, workspaceCommands, quit), edit(model), view(model), help(model));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(MainWindowViewModel model, List<AppCommand> workspaceCommands, Runnable quit) {
        MenuItem open = item("_Open or import…", "menu-open", OPEN, model::chooseFilesToOpen);
        open.setDisable(!model.canOpenFiles());
        Menu recent = new Menu("Open _recent");
        recent.setId("menu-recent");
        recent.setDisable(!model.canOpenFiles());
        fillRecent(recent, model);
        model.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent(recent, model));
        MenuItem save = item("_Save", "menu-save", SAVE, model::save);
        save.disableProperty().bind(model.canSaveProperty().not());
        MenuItem quitItem = item("_Quit", "menu-quit", QUIT, quit);
        Menu file = menu("_File", "menu-file", open, recent, new SeparatorMenuItem(), save, new SeparatorMenuItem());
        for (AppCommand command : workspaceCommands) {
            MenuItem item = item(command.label(), command.id(), null, command.command()::run);
            item.disableProperty().bind(Bindings.not(command.command().enabled()));
            file.getItems().add(item);
        }
        if (!workspaceCommands.isEmpty()) {
            file.getItems().add(new SeparatorMenuItem());
        }
        file.getItems().add(quitItem);
        return file;
    }

    private static void fillRecent(Menu recent, MainWindowViewModel model) {
        recent.getItems().clear();
        if (model.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (Path file : model.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> model.openRecent(file));
            recent.getItems().add(item);
        }
        recent.getItems().addAll(new SeparatorMenuItem(), item("_Clear recent files", "menu-recent-clear", null,
                model::clearRecentFiles));
    }

    private static Menu edit(MainWindowViewModel model) {
        MenuItem undo = item("_Undo", "menu-undo", UNDO, model::undo);
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("_Redo", "menu-redo", REDO, model::redo);
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem find = item("_Find…", "menu-find", FIND, model::find);
        find.disableProperty().bind(model.canFindProperty().not());
        return menu("_Edit", "menu-edit", undo, redo, new SeparatorMenuItem(), find);
    }

    private static Menu view(MainWindowViewModel model) {
        Menu view = menu("_View", "menu-view");
        ToggleGroup screens = new ToggleGroup();
        for (Screen screen : model.screens()) {
            RadioMenuItem item = new RadioMenuItem(screen.title());
            item.setId("menu-screen-" + screen.id());
            item.setAccelerator(screen.shortcut());
            item.setToggleGroup(screens);
            item.setSelected(model.selectedScreenProperty().get() == screen);
            item.setOnAction(event -> model.select(screen));
            model.selectedScreenProperty().addListener((observable, was, now) -> item.setSelected(now == screen));
            view.getItems().add(item);
        }
        Menu theme = menu("_Theme", "menu-theme");
        ToggleGroup themes = new ToggleGroup();
        for (ThemePreference preference : ThemePreference.values()) {
            RadioMenuItem item = new RadioMenuItem(THEME_LABELS.get(preference));
            item.setId("menu-theme-" + preference.key());
            item.setToggleGroup(themes);
            item.setSelected(model.themeProperty().get() == preference);
            item.setOnAction(event -> model.chooseTheme(preference));
            model.themeProperty().addListener((observable, was, now) -> item.setSelected(now == preference));
            theme.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), theme);
        return view;
    }

    private static Menu help(MainWindowViewModel model) {
        return menu("_Help", "menu-help", item("_About Ratecard", "menu-about", null, model::showAbout));
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }
}
