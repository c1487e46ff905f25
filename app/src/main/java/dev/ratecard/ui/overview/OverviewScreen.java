package dev.ratecard.ui.overview;

import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.input.KeyCombination;

import java.time.Clock;
import java.util.Objects;

/** Overview (Ctrl+1), first in the navigation: spend, volume, findings and reconciliation at a glance. */
public final class OverviewScreen implements Screen {
    public static final String ID = "overview";
    /** Four tiles of a dashboard. */
    static final String GLYPH = "M3 3 H11 V13 H3 Z M13 3 H21 V9 H13 Z M13 11 H21 V21 H13 Z M3 15 H11 V21 H3 Z";

    private final Clock clock;

    public OverviewScreen() {
        this(Clock.systemUTC());
    }

    /** @param clock what month it is, which decides the last full month */
    public OverviewScreen(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public String glyph() {
        return GLYPH;
    }

    @Override
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+1");
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        OverviewViewModel model = new OverviewViewModel(context.workspace(), context.tasks(), context.dialogs(),
                context.navigator(), clock);
        OverviewView view = new OverviewView(model);
        model.reload();
        return view;
    }
}
