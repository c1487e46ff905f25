package dev.ratecard.ui.screen;

/** A one-line notice in the status bar ("Settings saved"), shown while no task is under way. */
@FunctionalInterface
public interface StatusNotices {
    void show(String notice);
}
