package dev.ratecard.bench;

import dev.ratecard.installer.AppImage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from the JVM's start to the window's first frame ("First frame laid out N ms after the JVM started") of an
 * installed or built Ratecard, with its AppCDS archive and without it, side by side: rounds alternate between
 * the two, so that a machine that gets busier or quieter affects both alike. "Without" is a copy of the same
 * application (same files, same modification times) whose launcher no longer names the archive: the JDK's
 * default CDS archive still applies, as in any image without AppCDS. On Linux it also gives the CPU time of each
 * whole run (start, first screen, close), which other processes on the machine disturb much less than the time.
 *
 * Needs a display (on a Linux machine without one, {@code xvfb-run -a}) and a JDK 21 or newer; the arguments are
 * the number of rounds and the application's top folder ({@code /opt/ratecard} once the .deb is installed):
 * <pre>
 * ./mvnw -q -pl src-test -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * xvfb-run -a "$(. .mvn/find-jdk.sh; ratecard_find_jdk)/bin/java" \
 *     -cp src-test/target/test-classes:$(cat src-test/target/classpath.txt) \
 *     dev.ratecard.bench.FirstWindowBench 15 /opt/ratecard
 * </pre>
 * More than one application folder (say, images linked with different compression) are measured in the same
 * alternating rounds:
 * <pre>
 *     dev.ratecard.bench.FirstWindowBench 15 /tmp/zip-0/Ratecard /tmp/zip-6/Ratecard
 * </pre>
 */
public final class FirstWindowBench {
    private static final Pattern FIRST_FRAME = Pattern.compile("First frame laid out (\\d+) ms after the JVM started");
    private static final Pattern ARCHIVE_OPTION = Pattern.compile(
            "java-options=(-XX:SharedArchiveFile=.*|-Xshare:auto|-Xlog:cds\\*=off)");

    private FirstWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: FirstWindowBench <rounds> <application folder>...");
        }
        int rounds = Integer.parseInt(args[0]);
        Path scratch = Files.createTempDirectory("first-window");
        Map<String, AppImage> variants = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path root = Path.of(args[i]).toAbsolutePath();
            variants.put(root + " with AppCDS", AppImage.at(root));
            variants.put(root + " without", withoutArchive(root, scratch.resolve("without-appcds-" + i)));
        }

        System.out.println("load average before: " + loadAverage());
        for (AppImage app : variants.values()) {
            firstFrameMillis(app, scratch); // warms the page cache; not counted
        }
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        Map<String, List<Long>> cpuMillis = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, AppImage> variant : variants.entrySet()) {
                long cpuBefore = childrenCpuMillis();
                millis.computeIfAbsent(variant.getKey(), name -> new ArrayList<>())
                        .add(firstFrameMillis(variant.getValue(), scratch));
                cpuMillis.computeIfAbsent(variant.getKey(), name -> new ArrayList<>())
                        .add(childrenCpuMillis() - cpuBefore);
            }
        }
        System.out.println("load average after: " + loadAverage());
        System.out.printf("JVM start to first frame, and CPU time of the whole run, %d rounds, in ms:%n", rounds);
        millis.forEach((name, values) -> {
            List<Long> cpu = cpuMillis.get(name);
            System.out.printf("  %s%n    first frame: best %5d  median %5d  all %s%n", name, best(values),
                    median(values), values);
            System.out.printf("    CPU:         best %5d  median %5d  all %s%n", best(cpu), median(cpu), cpu);
        });
    }

    /** A copy of the application at {@code root} whose launcher does not use the AppCDS archive. */
    private static AppImage withoutArchive(Path root, Path copy) throws IOException {
        copyKeepingTimes(root, copy);
        AppImage app = AppImage.at(copy);
        Path configuration = app.configurationFile();
        List<String> kept = Files.readAllLines(configuration).stream()
                .filter(line -> !ARCHIVE_OPTION.matcher(line).matches()).toList();
        Files.write(configuration, kept);
        Files.delete(app.appDir().resolve("ratecard.jsa"));
        return app;
    }

    private static long firstFrameMillis(AppImage app, Path scratch) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(scratch, "home");
        AppImage.Run run = AppImage.run(List.of(app.launcher().toString()), AppImage.closeWhenShownOptions(home),
                scratch);
        Matcher frame = FIRST_FRAME.matcher(run.stderr());
        if (run.exitCode() != 0 || !frame.find()) {
            throw new IllegalStateException(app.launcher() + " ended with " + run.exitCode()
                    + " without a first frame:\n" + run.stderr());
        }
        return Long.parseLong(frame.group(1));
    }

    private static void copyKeepingTimes(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                // The archive checks the jars' modification times; a copy with new ones would not match it.
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static long best(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * CPU time of the child processes this process has waited for, from Linux's /proc/self/stat (cutime and cstime,
     * in clock ticks of 10 ms); 0 elsewhere.
     */
    private static long childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: cutime is the 16th field
            // of the line, cstime the 17th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
        } catch (IOException notLinux) {
            return 0;
        }
    }

    /** The machine's load, printed before and after: figures from a busy machine say little. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException notLinux) {
            return "(not available on this system)";
        }
    }

}
