package dev.ratecard.ui.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Files a screen's {@link FileOpenHandler} took before the screen's view existed (a file passed at start-up, say):
 * they wait, and go to the view model once it starts taking them; later ones go to it at once.
 */
public final class WaitingFiles {
    private final List<List<Path>> waiting = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    public void offer(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        if (receiver == null) {
            waiting.add(copy);
        } else {
            receiver.accept(copy);
        }
    }

    /** From now on files go to {@code taker}; those that came before go to it at once, in order. */
    public void deliverTo(Consumer<List<Path>> taker) {
        this.receiver = Objects.requireNonNull(taker, "taker");
        List<List<Path>> earlier = List.copyOf(waiting);
        waiting.clear();
        earlier.forEach(taker);
    }
}
