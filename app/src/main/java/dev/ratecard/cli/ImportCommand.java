package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.importing.FileDigests;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.importing.MappingProfiles;
import dev.ratecard.workspace.importing.UsageImportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** {@code ratecard import FILE...}: usage files into the workspace, each all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports usage logs and billing exports into the workspace, each file all or nothing.",
                "A file with rows that cannot be read is refused whole unless --skip-invalid-rows is given; "
                        + "the same file twice changes nothing.",
                "Exit code: 0 when every file was imported (or was already), 1 when a file was refused, 2 for a "
                        + "wrong command line."})
public final class ImportCommand extends CommandBase {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Usage files (CSV, JSON, JSONL, optionally gzipped).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class,
            description = "Read the files as this format instead of detecting it: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Converters.FormatIds.class)
    UsageFormat format;

    @Option(names = "--dry-run", description = "Show what would be imported, write nothing.")
    boolean dryRun;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "The zone of timestamps written without one (default: the settings' zone, UTC unless changed).")
    ZoneId timeZone;

    @Option(names = "--mapping", paramLabel = "NAME|FILE",
            description = "Read a CSV through a column mapping: the name of one saved in the workspace, or a "
                    + "profile file (JSON), which is then saved under its own name.")
    String mapping;

    @Option(names = "--decimal-separator", paramLabel = "point|comma", defaultValue = "point",
            converter = Converters.Separator.class,
            description = "Whether 1,234 is a thousand and more (point, the default) or one and a bit (comma).")
    DecimalSeparator decimalSeparator;

    @Option(names = "--skip-invalid-rows",
            description = "Import the valid rows of a file that has rows with errors; the errors are kept with the batch.")
    boolean skipInvalidRows;

    @Option(names = "--progress", description = "Report progress on stderr even for small files or when stderr is not a terminal.")
    boolean progress;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        FileDigests digests = new FileDigests();
        digests.startEarly(files.get(0));
        try (WorkspaceDatabase database = workspace.open()) {
            UsageImportService service = new UsageImportService(database, WorkspaceOption.settingsTimeZone(), digests);
            ImportOptions options = ImportOptions.defaults().withFormat(format).withTimeZone(timeZone)
                    .withMapping(mapping(service.mappingProfiles())).withDecimalSeparator(decimalSeparator)
                    .withSkipInvalidRows(skipInvalidRows);
            ArrayNode results = JsonOutput.array();
            boolean refused = false;
            for (Path file : files) {
                ProgressBar bar = new ProgressBar(err, file.getFileName().toString(),
                        ProgressBar.styleFor(sizeOf(file), progress));
                ImportResult result = dryRun ? service.preview(file, options, bar) : service.commit(file, options, bar);
                bar.finish();
                refused |= result instanceof ImportResult.Refused;
                if (json) {
                    results.add(ImportJson.file(result));
                } else {
                    ImportText.print(out, result);
                }
            }
            if (json) {
                ObjectNode root = JsonOutput.object();
                root.put("dry_run", dryRun);
                root.put("workspace", database.file().toString());
                root.set("files", results);
                JsonOutput.print(out, root);
            }
            out.flush();
            return refused ? RatecardCommand.EXIT_BAD_INPUT : CommandLine.ExitCode.OK;
        }
    }

    /** The mapping named on the command line: a profile file (saved in the workspace unless dry-running) or a saved name. */
    private ColumnMapping mapping(MappingProfiles profiles) {
        if (mapping == null) {
            return null;
        }
        Path file = Path.of(mapping);
        if (Files.isRegularFile(file)) {
            ColumnMapping read;
            try {
                read = profiles.parse(Files.readString(file));
            } catch (IOException | IllegalArgumentException bad) {
                throw new BadInputException(file + ": " + bad.getMessage());
            }
            if (!dryRun) {
                profiles.save(read);
            }
            return read;
        }
        try {
            return profiles.load(mapping).orElseThrow(() -> new BadUsageException("no mapping profile \"" + mapping
                    + "\" is saved in this workspace (saved: " + Display.list(profiles.names())
                    + "); give a profile file to use and save one"));
        } catch (IllegalArgumentException broken) {
            throw new BadInputException(broken.getMessage());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException missing) {
            return 0;
        }
    }
}
