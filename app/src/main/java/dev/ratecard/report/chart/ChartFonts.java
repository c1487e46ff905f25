package dev.ratecard.report.chart;

import java.awt.Font;
import java.util.Objects;

/** The fonts a chart is drawn with: labels and the title. The PDF passes the same face it embeds. */
public record ChartFonts(Font regular, Font bold) {
    public ChartFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
    }
}
