package dev.ratecard.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioRepositoryTest {
    private static final String BODY = "{\"workload\":{\"tokensPerMonth\":100000000},\"options\":[\"direct\",\"openrouter\"]}";

    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();
    private ScenarioRepository scenarios;

    @BeforeEach
    void repository() {
        scenarios = workspace.database().scenarios();
    }

    @Test
    void createdScenariosOpenWithTheirJsonUnchanged() {
        StoredScenario created = scenarios.create("  Gateway vs direct ", 2, BODY);

        assertEquals(new StoredScenario(created.id(), "Gateway vs direct", 2, BODY, TempWorkspace.NOW, TempWorkspace.NOW),
                created);
        assertEquals(Optional.of(created), scenarios.find(created.id()));
        assertEquals(Optional.of(created), scenarios.findByName("gateway VS direct"));
    }

    @Test
    void savingReplacesTheJsonAndKeepsTheName() {
        StoredScenario created = scenarios.create("Plan", 1, "{}");

        StoredScenario saved = scenarios.save(created.id(), 2, BODY);

        assertEquals("Plan", saved.name());
        assertEquals(BODY, saved.json());
        assertEquals(2, saved.formatVersion());
    }

    @Test
    void aNameInUseIsRefusedIgnoringCaseAndSpaces() {
        scenarios.create("Q3 plan", 1, "{}");

        NameInUseException clash = assertThrows(NameInUseException.class, () -> scenarios.create(" q3 PLAN", 1, "{}"));

        assertEquals("a scenario named \"q3 PLAN\" already exists; choose another name", clash.getMessage());
        assertEquals(1, scenarios.list().size());
    }

    @Test
    void renamingToAnotherScenariosNameIsRefusedButChangingCaseIsNot() {
        StoredScenario first = scenarios.create("Baseline", 1, "{}");
        scenarios.create("Self-host", 1, "{}");

        assertThrows(NameInUseException.class, () -> scenarios.rename(first.id(), "self-host"));
        assertEquals("BASELINE", scenarios.rename(first.id(), "BASELINE").name());
        assertEquals(List.of("BASELINE", "Self-host"), scenarios.list().stream().map(ScenarioSummary::name).toList());
    }

    @Test
    void duplicatingCopiesTheJsonUnderANewNameAndId() {
        StoredScenario original = scenarios.create("Baseline", 3, BODY);

        StoredScenario copy = scenarios.duplicate(original.id(), "Baseline (copy)");

        assertNotEquals(original.id(), copy.id());
        assertEquals(BODY, copy.json());
        assertEquals(3, copy.formatVersion());
        assertThrows(NameInUseException.class, () -> scenarios.duplicate(original.id(), "baseline"));
    }

    @Test
    void deletingRemovesOnlyThatScenario() {
        StoredScenario doomed = scenarios.create("Doomed", 1, "{}");
        StoredScenario kept = scenarios.create("Kept", 1, "{}");

        assertTrue(scenarios.delete(doomed.id()));

        assertFalse(scenarios.delete(doomed.id()));
        assertEquals(List.of(kept.summary()), scenarios.list());
    }

    @Test
    void aMissingScenarioCannotBeSavedRenamedOrDuplicated() {
        assertEquals("There is no scenario 99; it may have been deleted",
                assertThrows(StoreException.class, () -> scenarios.save(99, 1, "{}")).getMessage());
        assertThrows(StoreException.class, () -> scenarios.rename(99, "New"));
        assertThrows(StoreException.class, () -> scenarios.duplicate(99, "New"));
        assertEquals(Optional.empty(), scenarios.find(99));
    }

    @Test
    void invalidJsonABlankNameOrAFormatVersionBelowOneAreRefused() {
        assertEquals("the scenario is not valid JSON",
                assertThrows(IllegalArgumentException.class, () -> scenarios.create("Broken", 1, "{\"options\": [")).getMessage());
        assertEquals("a scenario needs a name",
                assertThrows(IllegalArgumentException.class, () -> scenarios.create("   ", 1, "{}")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> scenarios.create("Zero", 0, "{}"));
        assertEquals(List.of(), scenarios.list());
    }
}
