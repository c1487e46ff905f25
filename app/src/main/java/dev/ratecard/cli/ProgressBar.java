package dev.ratecard.cli;

import dev.ratecard.importers.Progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress of a long read on stderr: a bar redrawn in place on a terminal, or one line per percent when stderr
 * is a file or a pipe and progress was asked for (scripts and tests can follow those lines). Never on stdout,
 * which carries the result.
 */
final class ProgressBar implements Progress {
    /** Files smaller than this read in well under a second; a bar would only flicker. */
    static final long LARGE_FILE_BYTES = 8L * 1024 * 1024;
    private static final int WIDTH = 30;

    enum Style { BAR, LINES, NONE }

    private final PrintWriter err;
    private final String label;
    private final Style style;
    private int shownPercent = -1;

    ProgressBar(PrintWriter err, String label, Style style) {
        this.err = err;
        this.label = label;
        this.style = style;
    }

    /** A bar on a terminal for large files; with {@code forced}, always (lines when stderr is not a terminal). */
    static Style styleFor(long fileBytes, boolean forced) {
        boolean terminal = stderrIsTerminal();
        if (forced) {
            return terminal ? Style.BAR : Style.LINES;
        }
        return terminal && fileBytes >= LARGE_FILE_BYTES ? Style.BAR : Style.NONE;
    }

    @Override
    public void update(long done, long total) {
        if (style == Style.NONE || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        String amounts = megabytes(done) + " of " + megabytes(total) + " MB";
        if (style == Style.BAR) {
            int filled = percent * WIDTH / 100;
            err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + amounts);
        } else {
            err.println("progress: " + label + " " + percent + "% (" + amounts + ")");
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Takes the bar off the terminal line, so the result starts on a clean one. */
    void finish() {
        if (style == Style.BAR && shownPercent >= 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
            err.flush();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }

    /**
     * Whether stderr is a terminal. Java has no direct test for it: on Linux the descriptor's link names the
     * terminal device; elsewhere a console means the process runs interactively.
     */
    static boolean stderrIsTerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        if (Files.exists(Path.of("/proc/self"))) {
            try {
                String target = Files.readSymbolicLink(descriptor).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException notALink) {
                return false;
            }
        }
        return System.console() != null;
    }
}
