package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.ui.undo.UndoStack;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A scenario open in the editor: the form, its results kept up to date with every edit, where it is kept (a
 * stored scenario, or not yet), and whether it has changes not yet saved. Unsaved means: the file the form makes
 * differs from the one last saved, so undoing back to the saved state clears the mark again.
 */
final class ScenarioSession {
    private final ScenarioWorkspace workspace;
    private final ScenarioEditor editor;
    private final LiveEvaluation evaluation;
    private final ReadOnlyObjectWrapper<ScenarioFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private Long storedId;
    private String savedJson;

    /**
     * @param storedId  the stored scenario it was opened from, or {@code null} (a template, a file)
     * @param savedJson its file as last saved in the workspace, or {@code null} when it is not there yet
     */
    ScenarioSession(ScenarioDocument document, Long storedId, String savedJson, UndoStack undo, ScenarioWorkspace workspace,
                    TaskExecutor tasks) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.storedId = storedId;
        this.savedJson = savedJson;
        this.editor = new ScenarioEditor(document, new EditorContext(undo, this::edited, workspace.choices()));
        this.evaluation = new LiveEvaluation(tasks, new ScenarioComputation(workspace.service(), workspace.pricing()),
                this::computed, this::failed);
        edited();
    }

    ScenarioEditor editor() {
        return editor;
    }

    /** The latest results; {@code null} until the first computation finishes. */
    ReadOnlyObjectProperty<ScenarioFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** True while the results shown are not those of the form as it is (a computation runs, or a field is wrong). */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Why the results are not up to date, in the user's words; empty when they are. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The scenario's name, marked when it has unsaved changes. */
    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    OptionalLong storedId() {
        return storedId == null ? OptionalLong.empty() : OptionalLong.of(storedId);
    }

    /** The file the form makes now, if every field reads. */
    Optional<ScenarioDocument> document() {
        return editor.parses() ? Optional.of(editor.toDocument()) : Optional.empty();
    }

    /** Records a save: from now on, changes are counted from {@code json}. */
    void saved(long id, String json) {
        storedId = id;
        savedJson = json;
        refreshDirty();
    }

    /** Its stored copy is gone: from now on it is a scenario not yet in the workspace, which saving creates anew. */
    void unstored() {
        storedId = null;
        savedJson = null;
        refreshDirty();
    }

    /** Stops the recompute: the session is being closed. */
    void close() {
        evaluation.stop();
    }

    private void edited() {
        refreshDirty();
        Optional<String> why = editor.whyNotBuilt();
        if (why.isPresent()) {
            stale.set(true);
            notice.set(why.get() + (figures.get() == null ? "" : " The results shown are from before the change."));
            return;
        }
        notice.set("");
        evaluation.request(editor.toDocument());
    }

    private void computed(ScenarioComputation.Computed computed) {
        figures.set(computed.figures());
        editor.describe(computed.scenario());
        boolean current = document().map(computed.document()::equals).orElse(false);
        stale.set(!current);
        if (current) {
            editor.clearProblems();
            notice.set("");
        }
    }

    private void failed(Throwable error) {
        stale.set(true);
        if (error instanceof ScenarioFileException e) {
            editor.showProblem(e);
            notice.set(editor.problemProperty().get().isEmpty()
                    ? "Fix the field marked in red to see up-to-date results."
                    : "This scenario cannot be computed: " + editor.problemProperty().get());
        } else {
            notice.set("The scenario could not be computed: " + error.getMessage());
        }
    }

    private void refreshDirty() {
        boolean changed = savedJson == null || editor.whyNotBuilt().isPresent()
                || !workspace.service().write(editor.toDocument()).equals(savedJson);
        dirty.set(changed);
        title.set(editor.name() + (changed ? " \u2022" : ""));
    }
}
