package dev.ratecard.ui;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.RecordingNavigator;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.screen.TestScreen;
import dev.ratecard.ui.scenarios.ScenarioWorkspaceSource;
import dev.ratecard.ui.scenarios.ScenariosScreen;
import dev.ratecard.ui.usage.UsageScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files opened, dropped or picked from the recent list go to the screen that takes them, which is then shown. */
class ScreenFilesTest {
    private final RecordingNavigator navigator = new RecordingNavigator(UsageScreen.ID, ScenariosScreen.ID, "settings");

    @TempDir
    Path folder;

    /** The window's order: Usage, which takes almost any file, comes before Scenarios. */
    private FileOpenHandler usageThenScenarios() {
        return ScreenFiles.of(new ScreenRegistry(List.of(TestScreen.of("settings", "Settings", 6), new UsageScreen(),
                new ScenariosScreen(ScenarioWorkspaceSource.bundled()))), navigator).orElseThrow();
    }

    private static Path usageFixture(String path) throws URISyntaxException {
        return Path.of(ScreenFilesTest.class.getResource("/dev/ratecard/importers/usage/" + path).toURI());
    }

    private static String headlineScenario() throws IOException {
        try (InputStream in = ScreenFilesTest.class.getResourceAsStream(
                "/dev/ratecard/ui/scenarios/templates/headline-qwen72b-100m.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> routed(Path file) {
        navigator.shown.clear();
        usageThenScenarios().open(List.of(file));
        return List.copyOf(navigator.shown);
    }

    @Test
    void aRatecardFileGoesToTheScenariosScreen() {
        assertEquals(List.of(ScenariosScreen.ID), routed(Path.of("headline.ratecard")));
    }

    @Test
    void aJsonScenarioGoesToTheScenariosScreenEvenWithABadFieldSoThatItsErrorNamesIt() throws IOException {
        Path good = Files.writeString(folder.resolve("headline.json"), headlineScenario());
        Path bad = Files.writeString(folder.resolve("broken.json"), headlineScenario()
                .replace("\"output_share\": \"0.25\"", "\"output_share\": \"1.5\""));

        assertEquals(List.of(ScenariosScreen.ID), routed(good));
        assertEquals(List.of(ScenariosScreen.ID), routed(bad));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-usage-json/usage_completions_page.example.json",
            "openai-costs-json/costs_page.example.json", "langfuse-observations/observations.json",
            "litellm-spendlogs-json/spend-logs.json", "openrouter-generation-json/openrouter_generation.synthetic.json"})
    void aJsonUsageExportStillGoesToTheUsageScreen(String export) throws URISyntaxException {
        assertEquals(List.of(UsageScreen.ID), routed(usageFixture(export)));
    }

    @Test
    void jsonThatIsNeitherGoesToTheUsageWizardWhichSaysWhatItIsNot() throws IOException {
        Path sheet = Files.writeString(folder.resolve("notes.json"), """
                {"notes": {"format": "ratecard-scenario"}, "format": "something-else"}
                """);
        Path broken = Files.writeString(folder.resolve("cut.json"), "{\"format\": \"ratecard-scen");

        assertEquals(List.of(UsageScreen.ID), routed(sheet), "only the top-level format counts");
        assertEquals(List.of(UsageScreen.ID), routed(broken));
    }

    @Test
    void twoScenarioFilesAtOnceAreTakenByNoScreen() {
        assertFalse(usageThenScenarios().accepts(List.of(Path.of("a.ratecard"), Path.of("b.ratecard"))),
                "the editor holds one scenario; usage never takes scenario files");
    }

    @Test
    void usageExportsGoToTheUsageScreenAndShowIt() {
        FileOpenHandler files = ScreenFiles.of(new ScreenRegistry(List.of(TestScreen.of("settings", "Settings", 6),
                new UsageScreen())), navigator).orElseThrow();
        List<Path> exports = List.of(Path.of("activity.csv"), Path.of("requests.jsonl"));

        assertTrue(files.accepts(exports));
        files.open(exports);

        assertEquals(List.of(UsageScreen.ID), navigator.shown);
    }

    @Test
    void aScenarioFileIsNotTakenAsUsage() {
        FileOpenHandler files = ScreenFiles.of(new ScreenRegistry(List.of(new UsageScreen())), navigator).orElseThrow();

        assertFalse(files.accepts(List.of(Path.of("headline.ratecard"))));
        assertFalse(files.accepts(List.of(Path.of("usage.csv"), Path.of("headline.ratecard"))), "all or none");
    }

    @Test
    void aWindowWhoseScreensTakeNoFilesKeepsOpeningOff() {
        assertTrue(ScreenFiles.of(new ScreenRegistry(List.of(TestScreen.of("settings", "Settings", 6))), navigator).isEmpty());
    }
}
