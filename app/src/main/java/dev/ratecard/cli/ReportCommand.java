package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.report.Paper;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportBuilder;
import dev.ratecard.report.ReportFormat;
import dev.ratecard.report.ReportInput;
import dev.ratecard.report.ReportOptions;
import dev.ratecard.report.ReportSection;
import dev.ratecard.report.export.ReportExporter;
import dev.ratecard.report.inputs.ReportInputs;
import dev.ratecard.store.DatabaseLocation;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code ratecard report SCENARIO... --format pdf|xlsx|csv --out PATH}: the comparison report of one or more scenarios. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the comparison report of one or more scenarios (files, or names of saved scenarios): "
                + "a PDF to send on, an XLSX workbook to keep working in, or CSV files (in a zip) for scripts.",
                "The file is written whole or not at all; an existing one is replaced."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "A scenario file, or the name of a saved scenario.")
    List<String> scenarios;

    @Option(names = "--format", required = true, paramLabel = "pdf|xlsx|csv", description = "What to write.",
            converter = FormatConverter.class)
    ReportFormat format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
            description = "The file to write (for csv, a zip of one CSV file per table).")
    Path out;

    @Option(names = "--sections", split = ",", paramLabel = "SECTION",
            description = "Only these sections, comma-separated: ${COMPLETION-CANDIDATES} (default: all).",
            converter = SectionConverter.class, completionCandidates = SectionKeys.class)
    List<ReportSection> sections;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", converter = PaperConverter.class,
            description = "Page size of the PDF (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The report's date, which prices are aged against (default: today).")
    LocalDate date;

    @Mixin
    WorkspaceMixin workspace;

    @Override
    public Integer call() {
        // Charts are drawn with AWT's 2D classes; a report never needs a display, so never ask for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Optional<Path> database = database();
        if (workspace.database != null && database.isEmpty()) {
            return workspace.badInput("no workspace database at " + workspace.database);
        }
        ReportInputs inputs = ReportInputs.bundled(database);
        try {
            List<ReportInput> loaded = new ArrayList<>();
            for (String scenario : scenarios) {
                Optional<ReportInput> input = load(inputs, scenario);
                if (input.isEmpty()) {
                    return workspace.badInput("no scenario file " + scenario + " and no saved scenario of that name");
                }
                loaded.add(input.get());
            }
            Set<ReportSection> chosen = sections == null ? ReportSection.all() : EnumSet.copyOf(sections);
            ReportOptions options = new ReportOptions(chosen, paper, date == null ? LocalDate.now() : date);
            Report report = ReportBuilder.bundled().build(loaded, inputs.storedUsage(), options);
            Path written = new ReportExporter().export(report, format, out, Progress.NONE);
            workspace.out().println("Wrote " + written);
            workspace.out().flush();
            return 0;
        } catch (ScenarioFileException e) {
            return workspace.badInput(e.getMessage());
        } catch (ImportException e) {
            return workspace.badInput("the bundled price catalogue cannot be read: " + e.getMessage());
        } catch (IOException e) {
            return workspace.badInput("cannot write " + out + ": " + e.getMessage());
        }
    }

    private static Optional<ReportInput> load(ReportInputs inputs, String scenario) throws ScenarioFileException, IOException {
        Path file = Path.of(scenario);
        return Files.isRegularFile(file) ? Optional.of(inputs.file(file)) : inputs.stored(scenario);
    }

    /** {@code --db}, else {@code RATECARD_DB}, else the default; only if the file is there. */
    private Optional<Path> database() {
        Path location = DatabaseLocation.resolve(workspace.database);
        return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromKey(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a report format; use pdf, xlsx or csv"));
        }
    }

    static final class PaperConverter implements CommandLine.ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            return Paper.fromKey(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a paper size; use a4 or letter"));
        }
    }

    static final class SectionConverter implements CommandLine.ITypeConverter<ReportSection> {
        @Override
        public ReportSection convert(String value) {
            return ReportSection.fromKey(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a section; known: " + ReportSection.keys()));
        }
    }

    static final class SectionKeys extends ArrayList<String> {
        SectionKeys() {
            super(List.of(ReportSection.keys().split(", ")));
        }
    }
}
