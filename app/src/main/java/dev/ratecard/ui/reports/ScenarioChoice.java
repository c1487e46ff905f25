package dev.ratecard.ui.reports;

import dev.ratecard.report.ReportInput;
import dev.ratecard.report.inputs.ReportInputs;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** A scenario the user may put into the report: one saved in the workspace, or a scenario file opened here. */
public final class ScenarioChoice {
    private final String savedName;
    private final Path file;
    private final BooleanProperty selected;

    private ScenarioChoice(String savedName, Path file, boolean selected) {
        this.savedName = savedName;
        this.file = file;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    /** A saved scenario, not chosen until the user ticks it. */
    static ScenarioChoice saved(String name) {
        return new ScenarioChoice(Objects.requireNonNull(name, "name"), null, false);
    }

    /** A file the user just opened, chosen. */
    static ScenarioChoice file(Path file) {
        return new ScenarioChoice(null, Objects.requireNonNull(file, "file"), true);
    }

    /** What the list shows: the saved name, or the file's name. */
    public String label() {
        return savedName != null ? savedName : file.getFileName().toString();
    }

    /** Where it comes from, for a tooltip: "saved in the workspace" or the file's full path. */
    public String source() {
        return savedName != null ? "saved in the workspace" : file.toString();
    }

    public boolean isFile() {
        return file != null;
    }

    Path path() {
        return file;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Reads, resolves and evaluates the scenario; on a background thread. */
    ReportInput load(ReportInputs inputs) throws ScenarioFileException, IOException {
        if (file != null) {
            return inputs.file(file);
        }
        return inputs.stored(savedName).orElseThrow(() -> new IOException(
                "the saved scenario \"" + savedName + "\" is no longer in the workspace"));
    }
}
