package dev.ratecard.ui.shell;

import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenActions;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * The content area: shows the selected screen's view, created on first show and kept afterwards. A screen
 * whose view cannot be built shows why, with Try again, instead of taking the window down.
 */
final class ScreenHost extends StackPane {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenHost.class);

    private final MainWindowViewModel model;
    private final ScreenContext context;
    private final Map<Screen, ScreenView> views = new HashMap<>();
    private boolean started;

    ScreenHost(MainWindowViewModel model, ScreenContext context) {
        this.model = model;
        this.context = context;
        setId("content");
        getStyleClass().add("content");
    }

    /** Shows the selected screen and follows the selection from now on; until then the area is empty. */
    void start() {
        if (started) {
            return;
        }
        started = true;
        model.selectedScreenProperty().addListener((observable, was, now) -> show(now));
        show(model.selectedScreenProperty().get());
    }

    /** True if every screen built so far agrees to close (each may ask about its unsaved work). */
    boolean confirmClose() {
        return views.values().stream().allMatch(ScreenView::confirmClose);
    }

    private void show(Screen screen) {
        ScreenView view = views.get(screen);
        if (view == null) {
            try {
                view = screen.createView(context);
                views.put(screen, view);
            } catch (RuntimeException broken) {
                LOG.error("The {} screen could not be built", screen.id(), broken);
                getChildren().setAll(new EmptyState(Glyph.WARNING, screen.title() + " could not be opened",
                        String.valueOf(broken.getMessage()) + ". Try again; if it keeps failing, restart Ratecard.",
                        "Try again", () -> show(screen)));
                model.screenShown(ScreenActions.NONE);
                return;
            }
        }
        getChildren().setAll(view.root());
        model.screenShown(view.actions());
    }
}
