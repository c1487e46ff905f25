package dev.ratecard.ui.screen;

import java.nio.file.Path;
import java.util.List;

/**
 * Where files go that the user opens through File › Open/Import, drops onto the window, or picks from the
 * recent files: the import wizard. Without a handler those ways in are disabled.
 */
public interface FileOpenHandler {
    /** Whether these files are something the handler takes; decides whether a drag is accepted. */
    boolean accepts(List<Path> files);

    /** Takes the files (for example, opens the import preview); called on the FX thread. */
    void open(List<Path> files);
}
