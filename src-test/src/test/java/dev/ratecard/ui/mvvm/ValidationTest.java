package dev.ratecard.ui.mvvm;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {
    private final Validation validation = new Validation();
    private final StringProperty name = new SimpleStringProperty("");

    private FieldCheck nameCheck() {
        return validation.check(name, text -> text.isBlank() ? Optional.of("Enter a name") : Optional.empty());
    }

    @Test
    void checksTheCurrentValueAtOnceAndEveryChangeAfter() {
        FieldCheck check = nameCheck();
        assertEquals("Enter a name", check.error());
        assertFalse(validation.isValid());

        name.set("Q3 forecast");

        assertEquals("", check.error());
        assertTrue(check.isValid());
        assertTrue(validation.isValid());
    }

    @Test
    void isValidOnlyWhileEveryPartIs() {
        nameCheck();
        name.set("ok");
        SimpleBooleanProperty row = new SimpleBooleanProperty(false);

        validation.include(row);
        assertFalse(validation.isValid());

        validation.exclude(row);
        assertTrue(validation.isValid(), "a removed row no longer counts");
        row.set(false);
        assertTrue(validation.isValid());
    }

    @Test
    void commandsRunOnlyWhenEnabled() {
        List<String> ran = new ArrayList<>();
        SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
        Command save = new Command(() -> ran.add("save"), enabled);

        save.run();
        enabled.set(true);
        save.run();
        Command.always(() -> ran.add("always")).run();

        assertEquals(List.of("save", "always"), ran);
    }
}
