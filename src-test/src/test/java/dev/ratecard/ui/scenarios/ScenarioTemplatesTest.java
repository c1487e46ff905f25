package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.ui.undo.UndoStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The examples of docs/scenarios are the templates, bundled as they are, and the editor gives each back unchanged. */
class ScenarioTemplatesTest {
    static final List<String> FILES = ScenarioTemplates.FILES;

    @TempDir
    Path folder;
    private ScenarioWorkspace workspace;

    @AfterEach
    void closeTheDatabase() {
        if (workspace != null) {
            workspace.database().close();
        }
    }

    private static Path docsScenarios() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/scenarios"))) {
                return dir.resolve("docs/scenarios");
            }
        }
        throw new AssertionError("docs/scenarios not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyExampleInTheDocsIsATemplateHeadlineFirst() throws IOException {
        try (Stream<Path> files = Files.list(docsScenarios())) {
            assertEquals(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList(),
                    FILES.stream().sorted().toList());
        }
        assertEquals(ScenarioTemplates.HEADLINE, ScenarioTemplates.bundled().getFirst().file());
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void theBundledTemplateIsTheDocsFileByteForByte(String file) throws IOException {
        assertEquals(Files.readString(docsScenarios().resolve(file)), TestWorkspaces.exampleText(file));
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void theEditorWritesEveryTemplateBackUnchangedAndComputesIt(String file) {
        workspace = TestWorkspaces.in(folder);
        ScenarioSession session = new ScenarioSession(TestWorkspaces.example(file), 1L, TestWorkspaces.exampleText(file),
                new UndoStack(), workspace, new CurrentThreadTaskExecutor());

        assertEquals(TestWorkspaces.exampleText(file), workspace.service().write(session.document().orElseThrow()));
        assertFalse(session.dirtyProperty().get());
        assertNotNull(session.figuresProperty().get(), session.noticeProperty().get());
        assertFalse(session.staleProperty().get(), session.noticeProperty().get());
    }
}
