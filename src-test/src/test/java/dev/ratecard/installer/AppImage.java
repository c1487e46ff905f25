package dev.ratecard.installer;

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
record AppImage(Path appDir, Path launcher, Path commandLineLauncher, Path java) {
    /** The system property that names the image folder; the installer profile sets it. */
    static final String PROPERTY = "ratecard.appImage";
    private static final String NAME = "Ratecard";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    AppImage {
        Objects.requireNonNull(appDir, "appDir");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(commandLineLauncher, "commandLineLauncher");
        Objects.requireNonNull(java, "java");
    }

    /** The image in {@code folder}, laid out as jpackage does on this system. */
    static AppImage in(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path root = folder.resolve(NAME);
            return new AppImage(root.resolve("app"), root.resolve(NAME + ".exe"), root.resolve("ratecard-cli.exe"),
                    root.resolve("runtime").resolve("bin").resolve("java.exe"));
        }
        if (os.startsWith("mac")) {
            Path contents = folder.resolve(NAME + ".app").resolve("Contents");
            Path launcher = contents.resolve("MacOS").resolve(NAME);
            return new AppImage(contents.resolve("app"), launcher, launcher,
                    contents.resolve("runtime").resolve("Contents").resolve("Home").resolve("bin").resolve("java"));
        }
        Path root = folder.resolve(NAME);
        Path launcher = root.resolve("bin").resolve(NAME);
        return new AppImage(root.resolve("lib").resolve("app"), launcher, launcher,
                root.resolve("lib").resolve("runtime").resolve("bin").resolve("java"));
    }

    /** What a finished process left: its exit code and what it wrote. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    /** The launcher's class path and java options from its configuration file, with {@code $APPDIR} filled in. */
    LauncherConfiguration configuration() throws IOException {
        return LauncherConfiguration.read(appDir.resolve(NAME + ".cfg"), appDir);
    }

    /**
     * Runs {@code command} in {@code scratch}, with {@code javaToolOptions} for its JVM (none when empty), and waits
     * for it to end.
     */
    static Run run(List<String> command, String javaToolOptions, Path scratch) throws IOException, InterruptedException {
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
