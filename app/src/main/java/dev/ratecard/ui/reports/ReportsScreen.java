package dev.ratecard.ui.reports;

import dev.ratecard.report.inputs.ReportInputs;
import dev.ratecard.store.DatabaseLocation;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.input.KeyCombination;

import java.time.Clock;
import java.util.Optional;

/** Reports, the fifth entry of the navigation (Ctrl+5): comparison reports as PDF, XLSX or CSV. */
public final class ReportsScreen implements Screen {
    public static final String ID = "reports";
    /** A page with its corner folded and two lines of text. */
    static final String GLYPH = "M5 2 H14 L19 7 V22 H5 Z M8 11 V13 H16 V11 Z M8 15 V17 H16 V15 Z";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public String glyph() {
        return GLYPH;
    }

    @Override
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+5");
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        // The workspace the window holds open, shared; while it is not open (still opening, or refused), its file
        // (RATECARD_DB included), opened for each read.
        ReportsViewModel model = new ReportsViewModel(
                () -> context.workspace().workspace().map(ReportInputs::of).orElseGet(() ->
                        ReportInputs.bundled(Optional.of(DatabaseLocation.inDataFolder(context.settings().get().dataFolder())))),
                context.dialogs(), context.tasks(), context.notices(), Clock.systemDefaultZone(), new DesktopFolderOpener());
        // Scenarios saved, renamed or removed on other screens (or with the sample) show up without a Refresh.
        context.workspace().revisionProperty().addListener((observable, before, now) -> model.refresh());
        return new ReportsView(model);
    }
}
