package dev.ratecard.report;

import java.util.Locale;
import java.util.Optional;

/** The page size of a PDF report, in PostScript points (1/72 inch). */
public enum Paper implements Keyed {
    /** 210 × 297 mm. */
    A4(595.28f, 841.89f),
    /** 8.5 × 11 in. */
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Paper> fromKey(String key) {
        return Keyed.fromKey(Paper.class, key);
    }
}
