package dev.ratecard.ui.usage;

import dev.ratecard.ui.screen.InMemorySettingsRepository;
import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.usage.ImportWizardModel.Step;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files that reach the Usage screen before it, or before the workspace, is ready wait and are then read. */
class UsageImportInboxTest {
    @TempDir
    Path folder;

    @Test
    void filesOpenedBeforeTheScreenIsBuiltReachItOnceItIs() {
        UsageImportInbox inbox = new UsageImportInbox();
        List<List<Path>> received = new ArrayList<>();
        inbox.open(List.of(Path.of("first.csv")));

        inbox.deliverTo(received::add);
        inbox.open(List.of(Path.of("second.csv")));

        assertEquals(List.of(List.of(Path.of("first.csv")), List.of(Path.of("second.csv"))), received);
    }

    @Test
    void filesOpenedWhileTheWorkspaceOpensAreReadInTheWizardOnceItHasOpened() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder)) {
            WorkspaceModel closed = new WorkspaceModel(opened.tasks, opened.dialogs, opened.notices::add);
            Settings settings = Settings.defaults(folder);
            UsageViewModel screen = new UsageViewModel(closed, new SettingsModel(new InMemorySettingsRepository(settings), settings),
                    opened.tasks, opened.dialogs, opened.notices::add);
            UsageImportInbox inbox = new UsageImportInbox();
            screen.start(inbox);

            inbox.open(List.of(HandCheckedUsage.write(folder)));
            assertEquals(Step.CLOSED, screen.wizard().stepProperty().get(), "no workspace to read into yet");

            closed.open(opened::workspace, false);

            assertEquals(Step.PREVIEW, screen.wizard().stepProperty().get());
            assertEquals(HandCheckedUsage.FILE, screen.wizard().fileNameProperty().get());
        }
    }
}
