package dev.ratecard.ui.settings;

import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.input.KeyCombination;

import java.time.Clock;

/** Settings, the last entry of the navigation (Ctrl+6). */
public final class SettingsScreen implements Screen {
    public static final String ID = "settings";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public String glyph() {
        return Glyph.GEAR;
    }

    @Override
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+6");
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        return new SettingsView(new SettingsViewModel(context.settings(), context.dialogs(), Clock.systemDefaultZone()));
    }
}
