package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.OptionKind;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.ui.undo.UndoStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every edit of the open scenario is undone and redone through the screen's undo stack, results included. */
class ScenarioUndoTest {
    private static final String SELF = "qwen-2xh100";
    private static final String TOGETHER = "together";
    private static final long HEADLINE_BREAK_EVEN = 24_227_277_778L;

    @TempDir
    Path folder;
    private ScenarioWorkspace workspace;
    private final UndoStack undo = new UndoStack();
    private ScenarioSession session;

    @BeforeEach
    void openTheHeadlineExample() {
        workspace = TestWorkspaces.in(folder);
        session = new ScenarioSession(TestWorkspaces.example(ScenarioTemplates.HEADLINE), null, null, undo, workspace,
                new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void closeTheDatabase() {
        workspace.database().close();
    }

    private ParameterField gpuPrice() {
        return (ParameterField) session.editor().option(SELF).orElseThrow().fieldAt(".gpu.usd_per_gpu_hour").orElseThrow();
    }

    private long sustainedBreakEven() {
        return ((BreakEven.Sustained) session.figuresProperty().get().result().breakEven(SELF, TOGETHER)).sustained();
    }

    @Test
    void typingAValueIsOneStepThatUndoesToTheOldValueAndItsResults() {
        for (String typed : List.of("1", "1.", "1.9", "1.99")) {
            gpuPrice().textProperty().set(typed);
        }
        undo.seal();
        long cheaper = sustainedBreakEven();
        assertTrue(cheaper < HEADLINE_BREAK_EVEN, "a cheaper GPU breaks even sooner: " + cheaper);
        assertEquals("Undo Change GPU price", "Undo " + undo.undoDescriptionProperty().get());

        undo.undo();

        assertEquals("", gpuPrice().textProperty().get());
        assertEquals(HEADLINE_BREAK_EVEN, sustainedBreakEven());
        assertFalse(undo.canUndoProperty().get());

        undo.redo();

        assertEquals("1.99", gpuPrice().textProperty().get());
        assertEquals(cheaper, sustainedBreakEven());
    }

    @Test
    void aSliderDragIsUndoneInOneStep() {
        VolumeSlider slider = session.editor().synthetic().volumeSlider();
        ParameterField tokens = session.editor().synthetic().tokens();
        for (double position = 8.0; position <= 9.5; position += 0.25) {
            slider.positionProperty().set(position);
        }
        undo.seal();
        // 10^9.5 = 3,162,277,660 tokens, shown to two significant digits.
        assertEquals("3,200,000,000", tokens.textProperty().get());
        assertEquals(3_200_000_000L, session.figuresProperty().get().result().scenario().workload().totalTokens());

        undo.undo();

        assertEquals("100,000,000", tokens.textProperty().get());
        assertEquals(100_000_000L, session.figuresProperty().get().result().scenario().workload().totalTokens());
        assertFalse(undo.canUndoProperty().get());
    }

    @Test
    void addingAnOptionIsUndoneAndRedoneAsTheSameOption() {
        OptionEditor added = session.editor().addOption(OptionKind.DIRECT);
        assertEquals("direct-1", added.id());
        assertEquals(5, session.figuresProperty().get().result().options().size());

        undo.undo();

        assertEquals(List.of(SELF, TOGETHER, "openrouter", "gpt-4o"), ids());
        assertEquals(4, session.figuresProperty().get().result().options().size());

        undo.redo();

        assertSame(added, session.editor().options().getLast());
    }

    @Test
    void removingAnOptionIsUndoneBackIntoItsPlaceWithItsEdits() {
        OptionEditor together = session.editor().option(TOGETHER).orElseThrow();
        together.nameProperty().set("Together AI");
        session.editor().removeOption(together);
        assertEquals(List.of(SELF, "openrouter", "gpt-4o"), ids());
        // The focus named Together; without it the baseline is the cheapest other option, OpenRouter.
        assertEquals("openrouter", session.figuresProperty().get().result().focus().baseline());

        undo.undo();

        assertEquals(List.of(SELF, TOGETHER, "openrouter", "gpt-4o"), ids());
        assertEquals("Together AI", session.figuresProperty().get().result().option(TOGETHER).name());
        assertEquals(TOGETHER, session.figuresProperty().get().result().focus().baseline());
    }

    @Test
    void movingAnOptionIsUndone() {
        session.editor().moveOption(session.editor().option("gpt-4o").orElseThrow(), -3);
        assertEquals(List.of("gpt-4o", SELF, TOGETHER, "openrouter"), ids());

        undo.undo();

        assertEquals(List.of(SELF, TOGETHER, "openrouter", "gpt-4o"), ids());
    }

    @Test
    void undoingBackToTheSavedFileClearsTheUnsavedMark() {
        session.saved(1, workspace.service().write(session.document().orElseThrow()));
        assertFalse(session.dirtyProperty().get());

        gpuPrice().textProperty().set("1.99");

        assertTrue(session.dirtyProperty().get());
        assertTrue(session.titleProperty().get().endsWith(" \u2022"));

        undo.undo();

        assertFalse(session.dirtyProperty().get());
        assertFalse(session.titleProperty().get().endsWith(" \u2022"));
    }

    private List<String> ids() {
        return session.editor().options().stream().map(OptionEditor::id).toList();
    }
}
