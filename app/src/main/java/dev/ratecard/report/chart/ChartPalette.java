package dev.ratecard.report.chart;

import java.awt.Color;

/**
 * Colours for series and segments, in order: the Okabe–Ito set, which stays distinguishable for colour-blind readers
 * and in greyscale print, with its yellow left out (too faint on white paper).
 */
final class ChartPalette {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color AXIS = new Color(0x88, 0x88, 0x88);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    private static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x55, 0x55, 0x55), new Color(0x99, 0x99, 0x99)
    };

    private ChartPalette() {
    }

    static Color color(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}
