package dev.ratecard.ui.shell;

import dev.ratecard.workspace.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1440);

    @Test
    void reopensWhereTheWindowWas() {
        WindowBounds saved = new WindowBounds(100, 50, 1400, 900);

        assertEquals(saved, WindowPlacement.place(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void reopensOnASecondMonitorThatIsStillThere() {
        WindowBounds saved = new WindowBounds(2100, 200, 1600, 1000);

        assertEquals(saved, WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void centresTheDefaultSizeWhenTheMonitorItWasOnIsGone() {
        WindowBounds saved = new WindowBounds(2100, 200, 1600, 1000);

        // (1920 - 1280) / 2 = 320, (1080 - 800) / 2 = 140
        assertEquals(new WindowBounds(320, 140, 1280, 800), WindowPlacement.place(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void centresTheDefaultSizeWhenTheTitleBarWouldBeOutOfReach() {
        WindowBounds aboveTheScreen = new WindowBounds(100, -600, 1400, 900);

        assertEquals(new WindowBounds(320, 140, 1280, 800),
                WindowPlacement.place(Optional.of(aboveTheScreen), List.of(LAPTOP)));
    }

    @Test
    void shrinksAWindowLargerThanItsScreen() {
        WindowBounds saved = new WindowBounds(0, 0, 3000, 2000);

        assertEquals(new WindowBounds(0, 0, 1920, 1080), WindowPlacement.place(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void fitsTheFirstWindowOnASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 700);

        assertEquals(new WindowBounds(0, 0, 1024, 700), WindowPlacement.place(Optional.empty(), List.of(small)));
    }
}
