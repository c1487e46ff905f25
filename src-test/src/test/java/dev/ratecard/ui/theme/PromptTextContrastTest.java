package dev.ratecard.ui.theme;

import dev.ratecard.workspace.settings.ThemePreference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prompt text of empty fields ("From", "yyyy-mm-dd") is readable in both palettes: at least WCAG AA's 4.5:1
 * for normal text against every colour of the field's own background. Modena derives it from the field's background
 * (30 % darker), which on the dark palette left it all but invisible.
 */
@ExtendWith(ApplicationExtension.class)
class PromptTextContrastTest {
    private static final double WCAG_AA_NORMAL_TEXT = 4.5;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(value = ThemePreference.class, names = {"LIGHT", "DARK"})
    void promptTextStandsOutFromTheFieldInEveryPalette(ThemePreference palette, FxRobot robot) {
        TextField field = new TextField();
        field.setPromptText("From");
        DatePicker date = new DatePicker();
        date.setPromptText("yyyy-mm-dd");
        // Unfocused, as a form shows its empty fields: a focused field hides its prompt.
        field.setFocusTraversable(false);
        date.setFocusTraversable(false);
        robot.interact(() -> {
            Scene scene = new Scene(new VBox(8, field, date), 320, 120);
            new ThemeManager(palette, false).style(scene);
            stage.setScene(scene);
            stage.show();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });

        assertReadable(palette + " text field", prompt(field, "From"), field);
        assertReadable(palette + " date picker", prompt(date, "yyyy-mm-dd"), date);
    }

    private static void assertReadable(String what, Color prompt, Region field) {
        for (Color background : innermostBackground(field)) {
            double ratio = contrast(prompt, background);
            assertTrue(ratio >= WCAG_AA_NORMAL_TEXT, what + ": prompt " + prompt + " on " + background + " is only "
                    + String.format("%.2f", ratio) + ":1");
        }
    }

    private static Color prompt(Node field, String text) {
        return field.lookupAll("Text").stream().map(Text.class::cast).filter(node -> text.equals(node.getText()))
                .map(node -> (Color) node.getFill()).findFirst().orElseThrow(() -> new AssertionError("no prompt " + text));
    }

    /** The colours of the fill drawn last (the field's inside); a gradient's every stop. */
    private static List<Color> innermostBackground(Region field) {
        Paint inside = field.getBackground().getFills().getLast().getFill();
        return switch (inside) {
            case Color color -> List.of(color);
            case LinearGradient gradient -> gradient.getStops().stream().map(Stop::getColor).toList();
            default -> throw new AssertionError("unexpected fill " + inside);
        };
    }

    /** WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter first. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
