package dev.ratecard.workspace.settings;

/** Where the main window was, in screen coordinates, when it was last in its normal (not maximised) state. */
public record WindowBounds(double x, double y, double width, double height) {
    public WindowBounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException(
                    "window bounds need finite coordinates and a positive size; got " + x + ", " + y + ", " + width + " × " + height);
        }
    }
}
