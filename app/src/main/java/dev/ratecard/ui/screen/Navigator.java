package dev.ratecard.ui.screen;

/**
 * Lets a screen send the user elsewhere in the window: to another screen ("open the scenario"), or into File ›
 * Open, whose files go to the screen that takes them. Screens name each other by id only, never by class.
 */
public interface Navigator {
    /** Does nothing at all: for screens shown on their own (tests, screenshots of one screen). */
    Navigator NONE = new Navigator() {
        @Override
        public boolean has(String screenId) {
            return false;
        }

        @Override
        public void show(String screenId) {
        }

        @Override
        public void show(String screenId, String item) {
        }

        @Override
        public void chooseFilesToOpen() {
        }
    };

    /** Whether the window has a screen of this id. */
    boolean has(String screenId);

    /** Shows the screen of this id; nothing happens if there is none. */
    void show(String screenId);

    /**
     * Shows the screen of this id at one of its items, through {@link Screen#reveal(String)} (for the Scenarios screen,
     * a stored scenario's id); nothing happens if there is no such screen.
     */
    void show(String screenId, String item);

    /** File › Open or import…: asks for files and hands them to the screen that takes them. */
    void chooseFilesToOpen();
}
