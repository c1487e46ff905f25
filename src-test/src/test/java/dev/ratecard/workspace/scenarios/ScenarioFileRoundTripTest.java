package dev.ratecard.workspace.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example scenario reads and writes back unchanged, byte for byte. */
class ScenarioFileRoundTripTest {
    private final ScenarioJson json = new ScenarioJson();

    static List<String> examples() {
        return ExampleScenarios.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readingAndWritingGivesTheSameFile(String name) throws ScenarioFileException {
        String text = ExampleScenarios.text(name);
        assertEquals(text, json.write(json.read(text, name)));
    }

    @Test
    void thereAreAtLeastThreeExamples() {
        assertTrue(examples().size() >= 3, "docs/scenarios holds " + examples());
    }
}
