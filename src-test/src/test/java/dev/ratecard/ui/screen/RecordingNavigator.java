package dev.ratecard.ui.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A navigator over a fixed set of screen ids that records where screens sent the user. */
public final class RecordingNavigator implements Navigator {
    private final Set<String> screenIds;
    public final List<String> shown = new ArrayList<>();
    /** The items asked for with {@link #show(String, String)}, as {@code screen/item}. */
    public final List<String> revealed = new ArrayList<>();
    public int filesAsked;

    public RecordingNavigator(String... screenIds) {
        this.screenIds = Set.of(screenIds);
    }

    @Override
    public boolean has(String screenId) {
        return screenIds.contains(screenId);
    }

    @Override
    public void show(String screenId) {
        if (has(screenId)) {
            shown.add(screenId);
        }
    }

    @Override
    public void show(String screenId, String item) {
        if (has(screenId)) {
            shown.add(screenId);
            revealed.add(screenId + "/" + item);
        }
    }

    @Override
    public void chooseFilesToOpen() {
        filesAsked++;
    }
}
