package dev.ratecard;

import dev.ratecard.cli.RatecardCommand;
import dev.ratecard.ui.DesktopApp;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The jar's entry point: no arguments opens the desktop window, and so does a single argument naming an existing
 * scenario file (how the desktop passes a double-clicked {@code .ratecard} file); anything else is the command
 * line. Not a JavaFX {@code Application} itself, so that the command line never starts the toolkit.
 */
public final class Launcher {
    /** The extension of scenario files, which the installers associate with Ratecard. */
    public static final String SCENARIO_EXTENSION = ".ratecard";

    /** Opens the window, on a scenario file when one is given. */
    @FunctionalInterface
    interface Window {
        void open(Optional<Path> scenarioFile);
    }

    /** Runs the command line and returns its exit code. */
    @FunctionalInterface
    interface CommandLine {
        int run(String... args);
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        // A lambda, not a method reference: a reference links DesktopApp at once, which loads JavaFX classes even
        // for the command line; the lambda's body reaches DesktopApp only when the window is asked for.
        start(args, scenarioFile -> DesktopApp.open(scenarioFile), RatecardCommand::run).ifPresent(System::exit);
    }

    /**
     * Starts the front end {@code args} ask for. Returns the command line's exit code, or nothing when the window
     * opened: it keeps the process alive until it is closed.
     */
    static OptionalInt start(String[] args, Window window, CommandLine commandLine) {
        if (args.length == 0) {
            window.open(Optional.empty());
            return OptionalInt.empty();
        }
        Optional<Path> scenarioFile = scenarioFile(args);
        if (scenarioFile.isPresent()) {
            window.open(scenarioFile);
            return OptionalInt.empty();
        }
        return OptionalInt.of(commandLine.run(args));
    }

    private static Optional<Path> scenarioFile(String[] args) {
        if (args.length != 1 || !args[0].toLowerCase(Locale.ROOT).endsWith(SCENARIO_EXTENSION)) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(args[0]);
            return Files.isRegularFile(file) ? Optional.of(file.toAbsolutePath().normalize()) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
