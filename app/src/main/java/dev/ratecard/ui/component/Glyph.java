package dev.ratecard.ui.component;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * An icon drawn from SVG path data in a 24 × 24 box, coloured by CSS ({@code .glyph}'s background colour) so
 * that it follows the theme and the selection.
 */
public final class Glyph {
    /** A gear, for settings. */
    public static final String GEAR = "M19.78 10.13 L22.40 10.52 L22.40 13.48 L19.78 13.87 L18.82 16.18 L20.40 18.30 "
            + "L18.30 20.40 L16.18 18.82 L13.87 19.78 L13.48 22.40 L10.52 22.40 L10.13 19.78 L7.82 18.82 L5.70 20.40 "
            + "L3.60 18.30 L5.18 16.18 L4.22 13.87 L1.60 13.48 L1.60 10.52 L4.22 10.13 L5.18 7.82 L3.60 5.70 L5.70 3.60 "
            + "L7.82 5.18 L10.13 4.22 L10.52 1.60 L13.48 1.60 L13.87 4.22 L16.18 5.18 L18.30 3.60 L20.40 5.70 "
            + "L18.82 7.82 Z M15.40 12.00 A3.4 3.4 0 1 0 8.60 12.00 A3.4 3.4 0 1 0 15.40 12.00 Z";

    /** A triangle with an exclamation mark, for errors. */
    public static final String WARNING = "M12 2 L23 21 L1 21 Z M11 9 L11 15 L13 15 L13 9 Z M11 17 L11 19 L13 19 L13 17 Z";

    private Glyph() {
    }

    public static Region of(String svgPath) {
        SVGPath shape = new SVGPath();
        shape.setContent(svgPath);
        Region glyph = new Region();
        glyph.setShape(shape);
        glyph.getStyleClass().add("glyph");
        return glyph;
    }
}
