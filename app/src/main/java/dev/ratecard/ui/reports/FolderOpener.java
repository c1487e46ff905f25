package dev.ratecard.ui.reports;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the desktop's file manager. */
@FunctionalInterface
public interface FolderOpener {
    /** Called off the UI thread: a file manager may take a while to answer. */
    void open(Path folder) throws IOException;
}
