package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.undo.Job;
import dev.ratecard.workspace.scenarios.WorkloadDocument;

/**
 * Loading stored usage as the workload, as one undo step: the usage lines and the switch to them, undone
 * together.
 */
record UsageLoadJob(ScenarioEditor editor, WorkloadDocument.Usage before, ScenarioEditor.WorkloadKind kindBefore,
                    WorkloadDocument.Usage after) implements Job {
    static UsageLoadJob of(ScenarioEditor editor, WorkloadDocument.Usage loaded) {
        return new UsageLoadJob(editor, editor.usage().usageProperty().get(), editor.workloadKindProperty().get(), loaded);
    }

    @Override
    public String description() {
        return "Load stored usage";
    }

    @Override
    public void execute() {
        editor.usage().usageProperty().set(after);
        editor.workloadKindProperty().set(ScenarioEditor.WorkloadKind.USAGE);
    }

    @Override
    public void undo() {
        editor.usage().usageProperty().set(before);
        editor.workloadKindProperty().set(kindBefore);
    }
}
