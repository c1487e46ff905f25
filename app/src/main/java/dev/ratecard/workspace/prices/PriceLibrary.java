package dev.ratecard.workspace.prices;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.PriceSheetReaders;
import dev.ratecard.importers.prices.parse.SheetDefaults;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.catalogue.CatalogueEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The price sheets Ratecard knows: the bundled ones and the user's own. A sheet the user adds (any format the
 * readers know) is read first and copied into {@code price-sheets/} under the data folder only if it reads; a
 * file that does not is refused with the readers' issues and nothing is copied. Removing a user's sheet deletes
 * the copy; the bundled sheets cannot be removed.
 *
 * <p>Reading is slow enough (the LiteLLM snapshot takes about half a second cold) that callers run
 * {@link #load} and {@link #add} in the background; both report progress and honour cancel.
 */
public final class PriceLibrary {
    /** The folder under the data folder that holds the user's sheets. */
    public static final String FOLDER = "price-sheets";

    private final BundledCatalogue bundled;
    private final UserSheetFolder userSheets;
    private final PriceSheetReaders readers = new PriceSheetReaders();

    public PriceLibrary(BundledCatalogue bundled, Path userSheetFolder) {
        this.bundled = Objects.requireNonNull(bundled, "bundled");
        this.userSheets = new UserSheetFolder(Objects.requireNonNull(userSheetFolder, "userSheetFolder"));
    }

    /** The library whose user sheets live in {@code dataFolder/price-sheets}. */
    public static PriceLibrary inDataFolder(BundledCatalogue bundled, Path dataFolder) {
        return new PriceLibrary(bundled, dataFolder.resolve(FOLDER));
    }

    public Path userSheetFolder() {
        return userSheets.path();
    }

    /**
     * Reads every sheet: the bundled ones (a bundled file that does not read is a broken build and throws), then
     * the user's, each of which that no longer reads is reported in {@link LibraryContents#unreadable()}.
     */
    public LibraryContents load(Progress progress) throws ImportException, IOException {
        List<CatalogueEntry> bundledSheets = bundled.entries(CatalogueEntry.Kind.PRICE_SHEET);
        List<Path> files = userSheets.files();
        long total = bundledSheets.size() + files.size() + 1L;
        long done = 0;
        List<LibrarySheet> sheets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CatalogueEntry entry : bundledSheets) {
            progress.checkCancelled();
            PriceSheetRead read = bundled.sheet(entry);
            sheets.add(new LibrarySheet(read.sheet(), new SheetOrigin.Bundled(entry), read.issues()));
            ids.add(key(entry.id()));
            progress.update(++done, total);
        }
        List<UnreadableSheet> unreadable = new ArrayList<>();
        for (Path file : files) {
            progress.checkCancelled();
            try {
                LibrarySheet sheet = readUserSheet(file, UserSheetFolder.idOf(file));
                if (ids.add(key(sheet.id()))) {
                    sheets.add(sheet);
                } else {
                    unreadable.add(new UnreadableSheet(file, List.of(idTaken(file.getFileName().toString(), sheet.id()))));
                }
            } catch (ImportException refused) {
                unreadable.add(new UnreadableSheet(file, refused.issues()));
            }
            progress.update(++done, total);
        }
        LibraryContents contents = new LibraryContents(sheets, bundled.gateways().items(), unreadable);
        progress.update(total, total);
        return contents;
    }

    /**
     * Reads {@code file} and, if it reads, copies it into the user's sheet folder. Its id is the file's own
     * (Ratecard's JSON sheets name one) or one made from the file name, made unique with {@code -2}, {@code -3} …
     *
     * @throws ImportException the file is refused: it is not a price sheet Ratecard reads, it has errors, or its
     *                         own id is already taken; nothing is copied
     */
    public AddedSheet add(Path file, Progress progress) throws IOException, ImportException {
        Objects.requireNonNull(file, "file");
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw refused(fileName, "there is no such file, or it is a folder");
        }
        Set<String> taken = takenIds();
        String id = unusedId(SheetDefaults.idFrom(SheetDefaults.baseName(fileName)), taken);
        PriceSheetRead read = readers.read(file, null, ReadContext.NONE.withId(id).withProgress(progress));
        String ownId = read.sheet().id();
        if (taken.contains(key(ownId))) {
            throw new ImportException(idTaken(fileName, ownId));
        }
        progress.checkCancelled();
        Path copy = userSheets.copyIn(file, ownId);
        return new AddedSheet(new LibrarySheet(read.sheet(), new SheetOrigin.UserAdded(copy), read.issues()),
                read.issues());
    }

    /** Deletes the user's sheet {@code id}; the bundled sheets cannot be removed. */
    public void remove(String id) throws IOException {
        if (bundled.find(id).isPresent()) {
            throw new IllegalArgumentException("\"" + id + "\" is bundled with Ratecard and cannot be removed");
        }
        Path file = userSheets.fileOf(id).orElseThrow(() -> new IllegalArgumentException(
                "there is no sheet \"" + id + "\" among the sheets you added"));
        userSheets.delete(file);
    }

    /** A sheet file named on the command line, read as it is and not added to the library. */
    public LibrarySheet read(Path file, Progress progress) throws IOException, ImportException {
        String id = SheetDefaults.idFrom(SheetDefaults.baseName(file.getFileName().toString()));
        PriceSheetRead read = readers.read(file, null, ReadContext.NONE.withId(id).withProgress(progress));
        return new LibrarySheet(read.sheet(), new SheetOrigin.OpenedFile(file), read.issues());
    }

    private LibrarySheet readUserSheet(Path file, String id) throws IOException, ImportException {
        PriceSheetRead read = readers.read(file, null, ReadContext.NONE.withId(id));
        return new LibrarySheet(read.sheet(), new SheetOrigin.UserAdded(file), read.issues());
    }

    private Set<String> takenIds() throws IOException {
        Set<String> taken = new HashSet<>();
        bundled.entries().forEach(entry -> taken.add(key(entry.id())));
        userSheets.files().forEach(file -> taken.add(key(UserSheetFolder.idOf(file))));
        return taken;
    }

    private static String unusedId(String wanted, Set<String> taken) {
        String id = wanted;
        for (int n = 2; taken.contains(key(id)); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static ImportIssue idTaken(String fileName, String id) {
        return ImportIssue.error(SourceRef.wholeFile(fileName), "id", id,
                "another sheet already has this id; give this sheet an id of its own");
    }

    private static ImportException refused(String fileName, String reason) {
        return new ImportException(ImportIssue.error(SourceRef.wholeFile(fileName), null, null, reason));
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
