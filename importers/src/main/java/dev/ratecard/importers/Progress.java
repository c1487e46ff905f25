package dev.ratecard.importers;

/**
 * A reader's window to whoever runs it: how far it got, and whether to stop. Readers call
 * {@link #update(long, long)} every few thousand rows and check {@link #isCancelled()} as often; when it
 * returns true they throw {@link ImportCancelledException}. Toolkit-neutral on purpose: the desktop app
 * adapts it to its task executor, the command line to a progress bar.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units (bytes for files); {@code total} is -1 when unknown. */
    void update(long done, long total);

    boolean isCancelled();

    /** Throws {@link ImportCancelledException} if cancelled; the one-line check readers put in their loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
