package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.input.KeyCombination;

import java.util.Objects;
import java.util.Optional;

/** Scenarios: "is self-hosting worth it at our volume, and where does it flip?" (Ctrl+4). */
public final class ScenariosScreen implements Screen {
    public static final String ID = "scenarios";
    /** Two lines crossing over axes: where two costs break even. */
    static final String GLYPH = "M3 3 L3 21 L21 21 L21 19 L5 19 L5 3 Z M6.5 16.5 L7.9 17.9 L19.5 6.3 L18.1 4.9 Z "
            + "M6.3 8.9 L7.2 7.1 L19.6 13.3 L18.7 15.1 Z";

    private final ScenarioWorkspaceSource workspace;
    private final ScenarioFileInbox files = new ScenarioFileInbox();
    private ScenariosViewModel model;
    private Long waitingToReveal;

    /** @param workspace makes the screen's view of the window's shared workspace */
    public ScenariosScreen(ScenarioWorkspaceSource workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Scenarios";
    }

    @Override
    public String glyph() {
        return GLYPH;
    }

    @Override
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+4");
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        ScenariosViewModel model = new ScenariosViewModel(workspace, context.workspace(), context.dialogs(), context.tasks(),
                context.notices());
        ScenariosView view = new ScenariosView(model);
        model.start();
        files.deliverTo(model::openFiles);
        this.model = model;
        if (waitingToReveal != null) {
            model.openStored(waitingToReveal);
            waitingToReveal = null;
        }
        return view;
    }

    /** Opens the stored scenario of this id (a finding's, say); one asked for before the view is built waits for it. */
    @Override
    public void reveal(String item) {
        long id;
        try {
            id = Long.parseLong(item);
        } catch (NumberFormatException notAScenarioId) {
            return;
        }
        if (model == null) {
            waitingToReveal = id;
        } else {
            model.openStored(id);
        }
    }

    /** Scenario files ({@code .ratecard}, or JSON in the scenario format) open in the editor. */
    @Override
    public Optional<FileOpenHandler> fileOpenHandler() {
        return Optional.of(files);
    }
}
