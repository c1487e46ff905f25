package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.platform.AppDirectories;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.prices.LibraryContents;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.PriceLibrary;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code ratecard prices}: the price library from the terminal. Sheets are named by the ids the library gives them
 * (bundled or added in the window) or by a file's path, which is read for the one command and not added.
 */
@Command(name = "prices",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List, show and compare prices, and the changes between two sheets.",
        subcommands = {ListPricesCommand.class, ShowPriceCommand.class, ComparePricesCommand.class, DiffSheetsCommand.class})
public final class PricesCommand implements Runnable {
    private final Supplier<PriceLibrary> libraries;
    private PriceLibrary library;
    private LibraryContents contents;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The user's library: the bundled sheets and those in the data folder the window uses. */
    public PricesCommand() {
        this(PricesCommand::usersLibrary);
    }

    /** @param libraries the library to use, made when a command first needs it */
    public PricesCommand(Supplier<PriceLibrary> libraries) {
        this.libraries = Objects.requireNonNull(libraries, "libraries");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    LibraryContents contents() throws IOException, ImportException {
        if (contents == null) {
            contents = library().load(Progress.NONE);
        }
        return contents;
    }

    /** A sheet by its id in the library, or else by the path of a file, read as it is. */
    LibrarySheet sheet(String idOrPath) throws IOException, ImportException {
        var inLibrary = contents().sheet(idOrPath);
        if (inLibrary.isPresent()) {
            return inLibrary.get();
        }
        Path file = pathOrNull(idOrPath);
        if (file == null || !Files.isRegularFile(file)) {
            throw new BadInputException("no sheet \"" + idOrPath + "\": it is neither the id of a sheet (ratecard prices "
                    + "list shows them) nor a file");
        }
        return library().read(file, Progress.NONE);
    }

    private PriceLibrary library() {
        if (library == null) {
            library = libraries.get();
        }
        return library;
    }

    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    private static PriceLibrary usersLibrary() {
        AppDirectories directories = AppDirectories.forThisProcess();
        Path dataFolder = JsonSettingsRepository.in(directories.configDir(), directories.dataDir()).load().settings()
                .dataFolder();
        return PriceLibrary.inDataFolder(BundledCatalogue.load(), dataFolder);
    }
}
