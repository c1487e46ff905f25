package dev.ratecard.installer;

import dev.ratecard.ui.DesktopApp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The app image the installer profile built ({@code installer/target/jpackage/image}), as jpackage lays it out on
 * this system, and a way to run what is in it: its launchers, and its runtime with the launcher's own options.
 *
 * @param appDir              {@code $APPDIR}: the application's jars, the launcher's configuration, the CDS archive
 * @param launcher            what the desktop starts (the window, or the command line with arguments)
 * @param commandLineLauncher the launcher with a console (on Windows a second one; elsewhere the same)
 * @param java                the image's own runtime
 */
public record AppImage(Path appDir, Path launcher, Path commandLineLauncher, Path java) {
    /** The system property that names the image folder; the installer profile sets it. */
    static final String PROPERTY = "ratecard.appImage";
    private static final String NAME = "Ratecard";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    public AppImage {
        Objects.requireNonNull(appDir, "appDir");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(commandLineLauncher, "commandLineLauncher");
        Objects.requireNonNull(java, "java");
    }

    /** The image that jpackage wrote into {@code folder} on this system. */
    static AppImage in(Path folder) {
        return at(folder.resolve(isMac() ? NAME + ".app" : NAME));
    }

    /**
     * The application whose top folder is {@code root}: an image's {@code Ratecard} (or {@code Ratecard.app}), or
     * where a package installed it, such as {@code /opt/ratecard}.
     */
    public static AppImage at(Path root) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return new AppImage(root.resolve("app"), root.resolve(NAME + ".exe"), root.resolve("ratecard-cli.exe"),
                    root.resolve("runtime").resolve("bin").resolve("java.exe"));
        }
        if (isMac()) {
            Path contents = root.resolve("Contents");
            Path launcher = contents.resolve("MacOS").resolve(NAME);
            return new AppImage(contents.resolve("app"), launcher, launcher,
                    contents.resolve("runtime").resolve("Contents").resolve("Home").resolve("bin").resolve("java"));
        }
        Path launcher = root.resolve("bin").resolve(NAME);
        return new AppImage(root.resolve("lib").resolve("app"), launcher, launcher,
                root.resolve("lib").resolve("runtime").resolve("bin").resolve("java"));
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /**
     * JVM options that make the window close itself once its first screen is laid out and log when its first frame
     * was, with the settings and data in {@code home} instead of the user's.
     */
    public static String closeWhenShownOptions(Path home) {
        return String.join(" ", "-D" + DesktopApp.CLOSE_WHEN_SHOWN_PROPERTY + "=true", "-Dratecard.home=" + home,
                "-Duser.home=" + home, "-Dorg.slf4j.simpleLogger.log." + DesktopApp.class.getName() + "=info");
    }

    /** What a finished process left: its exit code and what it wrote. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    /** The launcher's class path and java options from its configuration file, with {@code $APPDIR} filled in. */
    LauncherConfiguration configuration() throws IOException {
        return LauncherConfiguration.read(configurationFile(), appDir);
    }

    /**
     * Where the JVM took the launcher's class from when running {@code --version}, as its class-loading log says:
     * "source: shared objects file" when from the CDS archive.
     */
    String launcherClassSource(Path scratch) throws IOException, InterruptedException {
        // A log file, not the console, which the launcher's own options keep free of CDS messages; named relative
        // to the working folder because a Windows drive's colon would end the -Xlog option.
        Run run = run(List.of(commandLineLauncher.toString(), "--version"), "-Xlog:class+load=info:file=class-load.log",
                scratch);
        if (run.exitCode() != 0) {
            throw new AssertionError("--version ended with " + run.exitCode() + ":\n" + run.stderr());
        }
        String launcherClass = " dev.ratecard.Launcher source: ";
        return Files.readAllLines(scratch.resolve("class-load.log")).stream()
                .filter(line -> line.contains(launcherClass))
                .map(line -> line.substring(line.indexOf(launcherClass) + launcherClass.length()))
                .findFirst().orElse("(never loaded)");
    }

    /** jpackage's configuration of the main launcher: its class path and java options. */
    public Path configurationFile() {
        return appDir.resolve(NAME + ".cfg");
    }

    /**
     * Runs {@code command} in {@code scratch}, with {@code javaToolOptions} for its JVM (none when empty), and waits
     * for it to end.
     */
    public static Run run(List<String> command, String javaToolOptions, Path scratch)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "stdout", ".txt");
        Path err = Files.createTempFile(scratch, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        // Only what the test asks for: a JAVA_TOOL_OPTIONS of the machine's would change what the JVM prints.
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("JAVA_TOOL_OPTIONS");
        if (!javaToolOptions.isEmpty()) {
            environment.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + TIME_LIMIT + "; stderr so far:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The launcher's class path and java options, as jpackage wrote them into {@code Ratecard.cfg}. */
    record LauncherConfiguration(List<String> classPath, List<String> javaOptions) {
        static LauncherConfiguration read(Path file, Path appDir) throws IOException {
            List<String> classPath = new ArrayList<>();
            List<String> javaOptions = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
                if (line.startsWith("app.classpath=")) {
                    classPath.add(value);
                } else if (line.startsWith("java-options=")) {
                    javaOptions.add(value);
                }
            }
            return new LauncherConfiguration(List.copyOf(classPath), List.copyOf(javaOptions));
        }
    }
}
