package dev.ratecard.cli;

import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.pricing.AliasTable;
import dev.ratecard.store.ModelAlias;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.costing.UsageSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which usage a command prices: {@code --usage FILE} (read, not stored) or {@code --usage workspace} (the rows
 * stored in the workspace), how to read a file, and which days. The workspace, when one is used, also brings
 * the user's alias table.
 */
final class UsageOptions {
    /** The word that names the stored workspace rather than a file; write {@code ./workspace} for such a file. */
    static final String WORKSPACE = "workspace";

    @Option(names = "--usage", paramLabel = "FILE|workspace",
            description = "A usage file to price as it is, or the word 'workspace' for the usage stored in the workspace.")
    String usage;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class,
            completionCandidates = Converters.FormatIds.class,
            description = "Read the usage file as this format instead of detecting it.")
    UsageFormat format;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "The zone of the file's timestamps written without one (default: the settings' zone).")
    ZoneId timeZone;

    @Option(names = "--decimal-separator", paramLabel = "point|comma", defaultValue = "point",
            converter = Converters.Separator.class,
            description = "Whether 1,234 in the file is a thousand and more (point, the default) or one and a bit (comma).")
    DecimalSeparator decimalSeparator;

    @Mixin
    DateRangeOptions dates;

    @Mixin
    WorkspaceOption workspace;

    boolean fromWorkspace() {
        return WORKSPACE.equals(usage.strip().toLowerCase(Locale.ROOT));
    }

    /** The workspace to read usage or aliases from, or {@code null} when neither is asked for. */
    WorkspaceDatabase openWorkspace() {
        return fromWorkspace() || workspace.db != null ? workspace.openExisting() : null;
    }

    UsageSource source(WorkspaceDatabase database) {
        if (fromWorkspace()) {
            return new UsageSource.Stored(database, dates.filter());
        }
        Path file = Path.of(usage);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(usage + ": no such file (to price the stored usage, write --usage " + WORKSPACE + ")");
        }
        ReadOptions options = ReadOptions.defaults()
                .withNaiveTimeZone(timeZone != null ? timeZone : WorkspaceOption.settingsTimeZone())
                .withDecimalSeparator(decimalSeparator);
        if (format != null) {
            options = options.withFormat(format);
        }
        return new UsageSource.File(file, options, dates.filter());
    }

    /** The size of the usage file, for deciding whether progress is worth showing; 0 for the workspace. */
    long fileSize() {
        try {
            return fromWorkspace() ? 0 : Files.size(Path.of(usage));
        } catch (IOException missing) {
            return 0;
        }
    }

    /** The user's alias table from the workspace, or none without one. */
    static AliasTable aliases(WorkspaceDatabase database) {
        AliasTable aliases = AliasTable.empty();
        if (database != null) {
            for (ModelAlias alias : database.aliases().list()) {
                aliases = aliases.with(alias.rawName(), alias.provider(), alias.modelId());
            }
        }
        return aliases;
    }
}
