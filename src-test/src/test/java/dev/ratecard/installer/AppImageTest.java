package dev.ratecard.installer;

import dev.ratecard.cli.RatecardCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the app image the installer profile built, the way users run it: a broken image (a module jlink left out,
 * a library that cannot load its native code, JavaFX not found, a stale class-data-sharing archive, JVM
 * warnings in the command line's output) fails here. Only with {@code -Pinstaller}, which builds the image first
 * and names it in {@value AppImage#PROPERTY}.
 *
 * <p>Of the command line, {@code --version}, {@code --help} and pricing a request log are checked: the last runs
 * the importers, the engine and the bundled sheets from the image.
 */
@EnabledIfSystemProperty(named = AppImage.PROPERTY, matches = ".+")
class AppImageTest {
    private static final String FIRST_FRAME = "First frame laid out";

    private static AppImage image;

    @TempDir
    Path scratch;

    @BeforeAll
    static void findTheImage() {
        image = AppImage.in(Path.of(System.getProperty(AppImage.PROPERTY)));
        assertTrue(Files.isExecutable(image.launcher()), "no launcher at " + image.launcher());
    }

    @Test
    void printsItsVersionAndNothingElse() throws Exception {
        AppImage.Run run = AppImage.run(List.of(image.commandLineLauncher().toString(), "--version"), "", scratch);

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("Ratecard " + System.getProperty("ratecard.version"), run.stdout().strip());
        assertEquals("", run.stderr(), "the JVM or a library wrote to the command line's error output");
    }

    @Test
    void printsItsUsageForHelp() throws Exception {
        AppImage.Run run = AppImage.run(List.of(image.commandLineLauncher().toString(), "--help"), "", scratch);

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("Usage: ratecard"), run.stdout());
        assertEquals("", run.stderr());
    }

    /**
     * OpenAI Chat Completions on gpt-4o, prompt 1,000 of which 400 cached, completion 500; sheet openai (as of
     * 2026-07-24): 600 × $2.50/M + 400 × $1.25/M + 500 × $10/M = $0.0015 + $0.0005 + $0.005 = $0.007.
     */
    @Test
    void pricesARequestLogWithTheBundledSheets() throws Exception {
        Path log = Files.writeString(scratch.resolve("chat.jsonl"), """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500,"prompt_tokens_details":{"cached_tokens":400}}}
                """);

        AppImage.Run run = AppImage.run(List.of(image.commandLineLauncher().toString(), "cost", "--prices", "openai",
                "--usage", log.toString(), "--json"), "", scratch);

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("\"total_usd\" : \"0.007\""), run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void rejectsAnUnknownOptionAsBadUsage() throws Exception {
        AppImage.Run run = AppImage.run(List.of(image.commandLineLauncher().toString(), "--no-such-option"), "",
                scratch);

        assertEquals(RatecardCommand.EXIT_BAD_USAGE, run.exitCode());
        assertTrue(run.stderr().startsWith("Unknown option: '--no-such-option'"), run.stderr());
        assertEquals("", run.stdout());
    }

    @Test
    void loadsItsOwnClassesFromTheClassDataSharingArchive() throws Exception {
        String source = image.launcherClassSource(scratch);

        assertTrue(source.startsWith("shared objects file"),
                "the launcher class was not in the archive the training run made; it came from " + source);
    }

    @Test
    void runsTheLibrariesOnTheImagesOwnRuntimeAsOnAFullJdk() throws Exception {
        // jpackage may leave the java command out of a macOS bundle's runtime; everywhere else it must be there.
        assumeTrue(Files.isExecutable(image.java()) || !System.getProperty("os.name").startsWith("Mac"),
                "this macOS image's runtime has no java command to run the check with");
        AppImage.LauncherConfiguration launcher = image.configuration();
        List<String> command = new ArrayList<>();
        command.add(image.java().toString());
        command.addAll(launcher.javaOptions());
        command.add("-cp");
        // The launcher's class path with the facts' class after it, so the archive still matches.
        List<String> classPath = new ArrayList<>(launcher.classPath());
        classPath.add(Path.of(ImageFacts.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        command.add(String.join(File.pathSeparator, classPath));
        command.add(ImageFacts.class.getName());
        Path imageScratch = Files.createDirectory(scratch.resolve("image"));
        command.add(imageScratch.toString());

        AppImage.Run run = AppImage.run(command, "", scratch);

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, String> expected = ImageFacts.collect(Files.createDirectory(scratch.resolve("jdk")));
        assertEquals(expected, parse(run.stdout()));
    }

    @Test
    void opensTheWindowWithJavaFxFromTheImageAndClosesIt() throws Exception {
        Path home = Files.createDirectory(scratch.resolve("home"));

        AppImage.Run run = AppImage.run(List.of(image.launcher().toString()), AppImage.closeWhenShownOptions(home),
                scratch);

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(FIRST_FRAME), run.stderr());
        // JavaFX found its native libraries in the image instead of copying them out of its jars.
        assertFalse(Files.exists(home.resolve(".openjfx")), "JavaFX copied its native libraries into the home folder");
    }

    @Test
    void opensTheWindowForAScenarioFileInsteadOfTheCommandLine() throws Exception {
        Path home = Files.createDirectory(scratch.resolve("home"));
        Path scenario = Files.writeString(scratch.resolve("plan.ratecard"), "{}");

        AppImage.Run run = AppImage.run(List.of(image.launcher().toString(), scenario.toString()),
                AppImage.closeWhenShownOptions(home), scratch);

        // The command line would have rejected the file as an unmatched argument (exit code 2).
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(FIRST_FRAME), run.stderr());
    }

    private static Map<String, String> parse(String lines) {
        return lines.lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1), (a, b) -> b, LinkedHashMap::new));
    }
}
