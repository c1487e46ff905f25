package dev.ratecard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which front end a command line starts; both entry points are doubles, so no toolkit and no exit. */
class LauncherTest {
    private static final int COMMAND_LINE_EXIT = 7;

    @TempDir
    Path folder;

    private final List<Optional<Path>> windowsOpened = new ArrayList<>();
    private final List<List<String>> commandLinesRun = new ArrayList<>();

    private OptionalInt start(String... args) {
        return Launcher.start(args, windowsOpened::add, commandLine -> {
            commandLinesRun.add(List.of(commandLine));
            return COMMAND_LINE_EXIT;
        });
    }

    @Test
    void opensTheWindowWithoutArguments() {
        assertEquals(OptionalInt.empty(), start());

        assertEquals(List.of(Optional.empty()), windowsOpened);
        assertEquals(List.of(), commandLinesRun);
    }

    @Test
    void opensTheWindowOnAnExistingScenarioFile() throws IOException {
        Path scenario = Files.writeString(folder.resolve("gateway vs direct.ratecard"), "{}");

        assertEquals(OptionalInt.empty(), start(scenario.toString()));

        assertEquals(List.of(Optional.of(scenario.toAbsolutePath())), windowsOpened);
        assertEquals(List.of(), commandLinesRun);
    }

    @Test
    void takesTheScenarioExtensionInAnyCase() throws IOException {
        // Windows keeps the case a file was given, and its shell passes it on as written.
        Path scenario = Files.writeString(folder.resolve("PLAN.RATECARD"), "{}");

        start(scenario.toString());

        assertEquals(List.of(Optional.of(scenario.toAbsolutePath())), windowsOpened);
    }

    @Test
    void givesTheWindowAnAbsolutePathForARelativeOne() throws IOException {
        Path scenario = Files.writeString(folder.resolve("plan.ratecard"), "{}");
        Path relative = Path.of("").toAbsolutePath().relativize(scenario);

        start(relative.toString());

        assertEquals(List.of(Optional.of(scenario.toAbsolutePath())), windowsOpened);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "cost", "plan.ratecard"})
    void runsTheCommandLineForAnythingElseAndReturnsItsExitCode(String argument) {
        // "plan.ratecard" does not exist in the working folder: the command line reports it, not the window.
        assertEquals(OptionalInt.of(COMMAND_LINE_EXIT), start(argument));

        assertEquals(List.of(List.of(argument)), commandLinesRun);
        assertEquals(List.of(), windowsOpened);
    }

    @Test
    void runsTheCommandLineForAFolderNamedLikeAScenario() throws IOException {
        Path folderNamedLikeAScenario = Files.createDirectory(folder.resolve("archive.ratecard"));

        start(folderNamedLikeAScenario.toString());

        assertEquals(List.of(List.of(folderNamedLikeAScenario.toString())), commandLinesRun);
    }

    @Test
    void runsTheCommandLineWhenAScenarioFileComesWithOtherArguments() throws IOException {
        Path scenario = Files.writeString(folder.resolve("plan.ratecard"), "{}");

        start("scenario", "run", scenario.toString());

        assertEquals(List.of(List.of("scenario", "run", scenario.toString())), commandLinesRun);
        assertEquals(List.of(), windowsOpened);
    }

    @Test
    void runsTheCommandLineForAnExistingFileOfAnotherKind() throws IOException {
        Path usage = Files.writeString(folder.resolve("usage.csv"), "timestamp,model\n");

        start(usage.toString());

        assertEquals(List.of(List.of(usage.toString())), commandLinesRun);
    }
}
