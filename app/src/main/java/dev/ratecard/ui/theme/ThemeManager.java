package dev.ratecard.ui.theme;

import dev.ratecard.workspace.settings.ThemePreference;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

import java.net.URL;
import java.util.Objects;

/**
 * Which stylesheets the app's scenes carry. Every scene {@link #style styled} here follows a theme change at
 * once, dialogs included. {@link ThemePreference#SYSTEM} resolves to what the operating system said at start.
 */
public final class ThemeManager {
    static final String BASE = stylesheet("base.css");
    static final String LIGHT = stylesheet("light.css");
    static final String DARK = stylesheet("dark.css");
    static final String FIGURES = stylesheet("figures.css");

    private final boolean systemPrefersDark;
    private final ObservableList<String> stylesheets = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyStylesheets = FXCollections.unmodifiableObservableList(stylesheets);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");

    public ThemeManager(ThemePreference preference, boolean systemPrefersDark) {
        this.systemPrefersDark = systemPrefersDark;
        apply(preference);
    }

    public void apply(ThemePreference preference) {
        boolean useDark = switch (Objects.requireNonNull(preference, "preference")) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark;
        };
        dark.set(useDark);
        // Colours first, then the rules that look them up.
        stylesheets.setAll(useDark ? DARK : LIGHT, BASE, FIGURES);
    }

    /** The current theme's stylesheets, in order. */
    public ObservableList<String> stylesheets() {
        return readOnlyStylesheets;
    }

    /** True while the dark theme is on. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** {@code scene} carries the theme from now on (held weakly: a closed window is not kept alive). */
    public void style(Scene scene) {
        Bindings.bindContent(scene.getStylesheets(), stylesheets);
    }

    private static String stylesheet(String name) {
        URL url = ThemeManager.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("the theme stylesheet " + name + " is missing from the build");
        }
        return url.toExternalForm();
    }
}
