package dev.ratecard.ui.undo;

import javafx.beans.value.WritableValue;

import java.util.Objects;
import java.util.Optional;

/**
 * A property set from one value to another. Consecutive changes of the same property merge into one undo step,
 * so that dragging a slider through fifty values is undone at once.
 */
public record ValueChange<T>(String description, WritableValue<T> target, T before, T after) implements Job {
    public ValueChange {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public void execute() {
        target.setValue(after);
    }

    @Override
    public void undo() {
        target.setValue(before);
    }

    @Override
    public Optional<Job> mergedWith(Job next) {
        if (next instanceof ValueChange<?> change && change.target() == target) {
            @SuppressWarnings("unchecked")
            T nextAfter = (T) change.after();
            return Optional.of(new ValueChange<>(description, target, before, nextAfter));
        }
        return Optional.empty();
    }
}
