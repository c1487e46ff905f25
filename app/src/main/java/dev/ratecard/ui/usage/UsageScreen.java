package dev.ratecard.ui.usage;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.input.KeyCombination;

import java.util.Optional;

/** Usage (Ctrl+2): import exports and logs, and look at what is stored, grouped, with its recomputed cost. */
public final class UsageScreen implements Screen {
    public static final String ID = "usage";
    /** Three stacked rows of a table with a header bar. */
    static final String GLYPH = "M3 4 H21 V8 H3 Z M3 10 H21 V13 H3 Z M3 15 H21 V18 H3 Z M3 20 H21 V21 H3 Z";

    private final UsageImportInbox inbox = new UsageImportInbox();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Usage";
    }

    @Override
    public String glyph() {
        return GLYPH;
    }

    @Override
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+2");
    }

    @Override
    public Optional<FileOpenHandler> fileOpenHandler() {
        return Optional.of(inbox);
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        UsageViewModel model = new UsageViewModel(context.workspace(), context.settings(), context.tasks(), context.dialogs(),
                context.notices());
        UsageView view = new UsageView(model);
        model.start(inbox);
        return view;
    }
}
