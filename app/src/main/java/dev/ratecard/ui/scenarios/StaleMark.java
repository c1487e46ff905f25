package dev.ratecard.ui.scenarios;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Whether to show that the results are behind the form: only once they have been so for a moment. A recompute
 * takes a few milliseconds, so marking every keystroke's would make the results flicker (and restyle them twice
 * per edit); a field that stays wrong, or a slow computation, is marked.
 */
final class StaleMark {
    static final Duration DELAY = Duration.millis(400);

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final PauseTransition wait = new PauseTransition(DELAY);

    StaleMark(ObservableBooleanValue stale) {
        wait.setOnFinished(event -> shown.set(stale.get()));
        stale.addListener((observable, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                shown.set(false);
            }
        });
        shown.set(stale.get());
    }

    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
