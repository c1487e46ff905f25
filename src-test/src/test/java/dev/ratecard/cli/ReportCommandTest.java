package dev.ratecard.cli;

import dev.ratecard.report.ReportFiles;
import dev.ratecard.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.ratecard.cli.CliRun.ratecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ratecard report} on the headline example, a saved scenario, bad command lines and bad input. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private String headline() {
        return ReportFixtures.headlineFile().toString();
    }

    private String db() {
        return dir.resolve("workspace.db").toString();
    }

    @Test
    void writesAPdfAWorkbookAndACsvZip() throws IOException {
        for (String format : List.of("pdf", "xlsx", "csv")) {
            Path out = dir.resolve("headline." + format);
            CliRun run = ratecard("report", headline(), "--format", format, "--out", out.toString(), "--date", "2026-11-25");
            assertEquals(0, run.exit(), run.err());
            assertEquals("Wrote " + out.toAbsolutePath() + System.lineSeparator(), run.out());
            byte[] start = Arrays.copyOf(Files.readAllBytes(out), 4);
            assertEquals(format.equals("pdf") ? "%PDF" : "PK\u0003\u0004", new String(start, StandardCharsets.ISO_8859_1), format);
        }
    }

    @Test
    void writesOnlyTheSectionsAsked() throws IOException {
        Path out = dir.resolve("some.zip");
        CliRun run = ratecard("report", headline(), "--format", "csv", "--out", out.toString(), "--sections", "summary,break-even");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("report.csv", "summary.csv", "break-even.csv"), List.copyOf(ReportFiles.unzip(out).keySet()));
    }

    @Test
    void reportsASavedScenarioByItsName() throws IOException {
        assertEquals(0, ratecard("scenario", "save", headline(), "--name", "Q3 plan", "--db", db()).exit());
        Path out = dir.resolve("saved.zip");
        CliRun run = ratecard("report", "Q3 plan", "--format", "csv", "--out", out.toString(), "--db", db(), "--sections", "summary");
        assertEquals(0, run.exit(), run.err());
        assertTrue(ReportFiles.unzip(out).get("summary.csv").contains("\"Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?\""));
    }

    @Test
    void aWrongFormatOrSectionIsBadUsageNamingWhatIsKnown() {
        CliRun format = ratecard("report", headline(), "--format", "docx", "--out", dir.resolve("x").toString());
        assertEquals(RatecardCommand.EXIT_BAD_USAGE, format.exit());
        assertTrue(format.err().contains("'docx' is not a report format; use pdf, xlsx or csv"), format.err());
        CliRun section = ratecard("report", headline(), "--format", "pdf", "--out", dir.resolve("x").toString(), "--sections", "charts,tldr");
        assertEquals(RatecardCommand.EXIT_BAD_USAGE, section.exit());
        assertTrue(section.err().contains("'tldr' is not a section; known: summary, comparison, break-even"), section.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void anUnknownScenarioOrABrokenFileIsBadInputAndWritesNothing() throws IOException {
        Path out = dir.resolve("none.pdf");
        CliRun missing = ratecard("report", "no such plan", "--format", "pdf", "--out", out.toString(), "--db", db());
        assertEquals(RatecardCommand.EXIT_BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("no workspace database at"), missing.err());

        CliRun unknown = ratecard("report", "no such plan", "--format", "pdf", "--out", out.toString());
        assertEquals(RatecardCommand.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("no scenario file no such plan and no saved scenario of that name"), unknown.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(ReportFixtures.headlineFile()).replace("\"output_share\": \"0.25\"", "\"output_share\": \"2\""));
        CliRun bad = ratecard("report", broken.toString(), "--format", "pdf", "--out", out.toString());
        assertEquals(RatecardCommand.EXIT_BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("broken.json: $.workload.synthetic.output_share: must be between 0 and 1 (got 2)"), bad.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderThatIsNotThereIsBadInput() {
        Path out = dir.resolve("missing").resolve("report.pdf");
        CliRun run = ratecard("report", headline(), "--format", "pdf", "--out", out.toString());
        assertEquals(RatecardCommand.EXIT_BAD_INPUT, run.exit());
        assertTrue(run.err().contains("cannot write " + out + ": the folder"), run.err());
    }

    @Test
    void runsWithoutADisplayAndLoadsNoJavaFxClass() throws Exception {
        Path out = dir.resolve("headless.pdf");
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Dratecard.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), "dev.ratecard.Launcher",
                "report", headline(), "--format", "pdf", "--out", out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("RATECARD_DB", dir.resolve("no-workspace.db").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the report did not finish in two minutes");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("output.txt")));
        assertTrue(Files.size(out) > 0);
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.openpdf.text.pdf.PdfGraphics2D")), "the log lists classes");
        assertEquals(List.of(), loaded.stream().filter(l -> l.contains(" javafx.") || l.contains("com.sun.javafx")).toList());
    }

}
