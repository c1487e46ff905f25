package dev.ratecard.ui.overview;

import dev.ratecard.ui.screen.OneScreenWindow;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Overview over the sample fits the width the main window gives it: at 1280 × 800 (the navigation takes 200 px of
 * it) and in a window of 1000 px, nothing reaches past the right edge and the banner's button stays whole.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewFitTest {
    /** The main window's navigation column, which the screen does not get. */
    private static final double NAVIGATION = 200;
    private static final List<String> CARDS = List.of("#overview-by-month-card", "#overview-volume", "#overview-by-route-card",
            "#overview-by-provider-card", "#overview-by-model-card", "#overview-findings", "#overview-reconciliation-card");

    @TempDir
    static Path home;
    private OneScreenWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = OneScreenWindow.show(stage, new OverviewScreen(), home, true);
        ((StackPane) stage.getScene().getRoot()).setPadding(new Insets(0, 0, 0, NAVIGATION));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theSampleOverviewFitsTheContentAreaOfAWideAndANarrowWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#overview-reconciliation-card").tryQuery().map(Node::isVisible).orElse(false));
        for (double windowWidth : new double[] {1280, 1000}) {
            robot.interact(() -> stage.setWidth(windowWidth));
            WaitForAsyncUtils.waitForFxEvents();
            double sceneWidth = stage.getScene().getWidth();
            assertEquals(windowWidth, sceneWidth, 1, "the window took the width asked for");

            ScrollPane scroll = robot.lookup("#overview-scroll").queryAs(ScrollPane.class);
            Region page = (Region) scroll.getContent();
            double viewport = scroll.getViewportBounds().getWidth();
            assertTrue(page.getWidth() <= viewport + 0.5,
                    "at " + windowWidth + " px the page is " + page.getWidth() + " px wide in a " + viewport + " px viewport");
            for (String card : CARDS) {
                Bounds bounds = robot.lookup(card).query().localToScene(robot.lookup(card).query().getLayoutBounds());
                assertTrue(bounds.getMinX() >= NAVIGATION && bounds.getMaxX() <= sceneWidth,
                        card + " at " + windowWidth + " px spans " + bounds.getMinX() + " to " + bounds.getMaxX());
            }
            Button remove = robot.lookup("#overview-remove-sample").queryAs(Button.class);
            Bounds button = remove.localToScene(remove.getLayoutBounds());
            assertTrue(remove.getWidth() >= remove.prefWidth(-1) && button.getMaxX() <= sceneWidth,
                    "the banner's button is whole at " + windowWidth + " px: " + button);
        }
    }

    @Test
    void cardsSideBySideShareTheirRowsHeightSoTheirEdgesLineUp(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#overview-by-provider-card").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds month = sceneBounds(robot, "#overview-by-month-card");
        Bounds volume = sceneBounds(robot, "#overview-volume");
        Bounds route = sceneBounds(robot, "#overview-by-route-card");
        Bounds provider = sceneBounds(robot, "#overview-by-provider-card");
        assertEquals(month.getMinY(), volume.getMinY(), 0.5, "month and volume start together");
        assertEquals(month.getMaxY(), volume.getMaxY(), 0.5, "and end together");
        assertEquals(route.getMinY(), provider.getMinY(), 0.5, "route and provider start together");
        assertEquals(route.getHeight(), provider.getHeight(), 0.5, "route and provider are as tall");
        assertEquals(route.getWidth(), provider.getWidth(), 1, "route and provider share their row evenly");
        assertEquals(month.getMinX(), route.getMinX(), 0.5, "the rows start at one edge");
        assertEquals(volume.getMaxX(), provider.getMaxX(), 0.5, "and end at one edge");
    }

    private static Bounds sceneBounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }
}
