package dev.ratecard.ui.screen;

import dev.ratecard.ui.component.Glyph;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;

import java.util.function.Supplier;

/** A screen for shell tests: a label saying which screen it is, and whatever actions the test gives it. */
public record TestScreen(String id, String title, KeyCombination shortcut, Supplier<ScreenActions> actions) implements Screen {

    public static TestScreen of(String id, String title, int digit) {
        return new TestScreen(id, title, KeyCombination.keyCombination("Shortcut+" + digit), () -> ScreenActions.NONE);
    }

    public TestScreen withActions(Supplier<ScreenActions> supplier) {
        return new TestScreen(id, title, shortcut, supplier);
    }

    @Override
    public String glyph() {
        return Glyph.GEAR;
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        Label label = new Label("This is " + title);
        label.setId("screen-" + id);
        ScreenActions screenActions = actions.get();
        return new ScreenView() {
            @Override
            public Node root() {
                return label;
            }

            @Override
            public ScreenActions actions() {
                return screenActions;
            }
        };
    }
}
