package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.mvvm.Validation;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pick from a list: a price sheet, a gateway and its plan, a GPU offer, a throughput profile, the focus pair.
 * The value is the chosen item's id; {@code null} is the empty choice, which {@link #emptyLabel()} names
 * ("Automatic", "Your own figure"). Each choice carries the detail a buyer needs to pick it: its price or figure
 * and its source with its date.
 */
final class ChoiceField extends EditorField {
    /** @param detail what the picker shows under the label, e.g. the source and its date */
    record Choice(String id, String label, String detail) {
        Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            detail = detail == null ? "" : detail;
        }
    }

    private final String emptyLabel;
    private final ObjectProperty<String> value = new SimpleObjectProperty<>(this, "value");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<Choice> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);

    /** @param emptyLabel what no choice means, or {@code null} when a choice is required */
    ChoiceField(String label, String path, String emptyLabel, List<Choice> options, String initial, Validation validation) {
        super(label, path);
        this.emptyLabel = emptyLabel;
        choices.setAll(options);
        value.set(initial);
        checked(validation, value, id -> id == null && emptyLabel == null
                ? Optional.of("Choose one") : Optional.empty());
    }



    @Override
    Observable input() {
        return value;
    }

    public ObjectProperty<String> valueProperty() {
        return value;
    }

    String value() {
        return value.get();
    }

    public ObservableList<Choice> choices() {
        return readOnlyChoices;
    }

    /** Replaces the list (a gateway's plans when the gateway changes); the value stays, even if it is not listed. */
    void setChoices(List<Choice> options) {
        if (!choices.equals(options)) {
            choices.setAll(options);
        }
    }

    Optional<Choice> chosen() {
        return choices.stream().filter(c -> c.id().equals(value.get())).findFirst();
    }

    /** What no choice means; {@code null} when one is required. */
    public String emptyLabel() {
        return emptyLabel;
    }




}
