package dev.ratecard.report.chart;

import dev.ratecard.chart.ChartSpec;
import dev.ratecard.chart.ScenarioCharts;
import dev.ratecard.report.ReportFixtures;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The painters on an image, headless: every chart of the hostile scenario stays inside the box it is given. */
class ChartPainterTest {
    private static final int WIDTH = 500;
    private static final int HEIGHT = 320;
    private static final int MARGIN = 40;
    private static final int WHITE = Color.WHITE.getRGB();

    @Test
    void everyChartStaysInsideItsBoxWhateverTheNames() {
        ChartPainter painter = new ChartPainter(new ChartFonts(new Font(Font.SANS_SERIF, Font.PLAIN, 7),
                new Font(Font.SANS_SERIF, Font.BOLD, 9)));
        List<ChartSpec> charts = ScenarioCharts.all(ReportFixtures.hostile().result());
        assertEquals(4, charts.size());
        for (ChartSpec chart : charts) {
            BufferedImage image = new BufferedImage(WIDTH + 2 * MARGIN, HEIGHT + 2 * MARGIN, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.translate(MARGIN, MARGIN);
            painter.paint(chart, g, WIDTH, HEIGHT);
            g.dispose();

            int inside = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean inBox = x >= MARGIN && x < MARGIN + WIDTH && y >= MARGIN && y < MARGIN + HEIGHT;
                    if (!inBox) {
                        assertEquals(WHITE, image.getRGB(x, y), chart.title() + " drew outside its box at " + x + ", " + y);
                    } else if (image.getRGB(x, y) != WHITE) {
                        inside++;
                    }
                }
            }
            assertTrue(inside > WIDTH * HEIGHT / 100, chart.title() + " drew almost nothing: " + inside + " pixels");
        }
    }
}
