package dev.ratecard.workspace.prices;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled sheets plus the user's own, kept as copies in a folder under the data folder (here a temporary one). */
class PriceLibraryTest {
    private static BundledCatalogue bundled;

    @TempDir
    Path dataFolder;
    @TempDir
    Path downloads;
    private PriceLibrary library;

    @BeforeAll
    static void loadTheBundledCatalogueOnce() {
        bundled = BundledCatalogue.load();
    }

    @BeforeEach
    void openTheLibrary() {
        library = PriceLibrary.inDataFolder(bundled, dataFolder);
    }

    @Test
    void listsTheBundledSheetsInTheCataloguesOrderWhenTheUserHasAddedNone() throws Exception {
        LibraryContents contents = library.load(Progress.NONE);

        assertEquals(List.of("openai", "anthropic", "gemini", "deepseek", "mistral", "qwen", "together", "deepinfra",
                "groq", "fireworks", "litellm", "openrouter"), contents.sheets().stream().map(LibrarySheet::id).toList());
        assertTrue(contents.sheets().stream().noneMatch(LibrarySheet::isUserAdded));
        assertEquals(List.of(), contents.unreadable());
        assertTrue(contents.gatewayModels().stream().anyMatch(gateway -> gateway.id().equals("openrouter-card")));
        assertFalse(Files.exists(library.userSheetFolder()), "loading creates no folder");
    }

    @Test
    void addsASheetThatReadsAsACopyNamedAfterItsId() throws Exception {
        Path original = PriceSheetFixtures.copy("negotiated-acme.json", downloads);

        AddedSheet added = library.add(original, Progress.NONE);

        Path copy = dataFolder.resolve("price-sheets").resolve("negotiated-acme.json");
        assertEquals(new SheetOrigin.UserAdded(copy), added.sheet().origin());
        assertEquals(Files.readString(original), Files.readString(copy));
        LibrarySheet reloaded = library.load(Progress.NONE).sheet("negotiated-acme").orElseThrow();
        assertTrue(reloaded.isUserAdded());
        assertEquals("Acme, our negotiated rates", reloaded.name());
        // acme-large as the sheet writes it: input 2.00, cache read 0.20, output 8.00 per 1M tokens.
        assertEquals(0, new BigDecimal("8.00").compareTo(reloaded.entries().get(0).rates().perMillion(UsageBucket.OUTPUT_TEXT)));
        assertTrue(Files.exists(original), "the user's own file is left where it was");
    }

    @Test
    void refusesASheetWithANegativeRateWithTheReadersIssueAndCopiesNothing() throws Exception {
        // Gets: the reader's error naming the file, the rate's JSON path and the value; the folder stays empty.
        Path bad = PriceSheetFixtures.copy("negative-rate.json", downloads);

        ImportException refused = assertThrows(ImportException.class, () -> library.add(bad, Progress.NONE));

        ImportIssue issue = refused.issues().get(0);
        assertTrue(issue.isError());
        assertEquals("negative-rate.json", issue.where().file());
        assertEquals("-2.00", issue.value());
        assertTrue(issue.describe().contains("uncached_input"), issue.describe());
        assertEquals(List.of(), userFiles());
    }

    @Test
    void refusesASheetWhoseOwnIdIsTakenByABundledSheet() throws Exception {
        // Gets: an error naming the file, the id field and its value; the bundled sheet is not shadowed.
        Path clash = PriceSheetFixtures.copy("takes-openai-id.json", downloads);

        ImportException refused = assertThrows(ImportException.class, () -> library.add(clash, Progress.NONE));

        assertEquals("takes-openai-id.json column id, value \"openai\": another sheet already has this id; give this "
                + "sheet an id of its own", refused.issues().get(0).describe());
        assertEquals(List.of(), userFiles());
    }

    @Test
    void refusesAFileThatIsNoPriceSheetAndCopiesNothing() throws Exception {
        // Gets: the readers' "not a price sheet" error on the file as a whole.
        Path notes = Files.writeString(downloads.resolve("notes.txt"), "remember to compare OpenRouter\n");

        ImportException refused = assertThrows(ImportException.class, () -> library.add(notes, Progress.NONE));

        assertEquals("notes.txt", refused.issues().get(0).where().file());
        assertEquals(List.of(), userFiles());
    }

    @Test
    void givesASheetWithoutAnIdOneFromItsFileNameAndKeepsEachIdUnique() throws Exception {
        Path csv = PriceSheetFixtures.copy("team prices.csv", downloads);

        String first = library.add(csv, Progress.NONE).sheet().id();
        String second = library.add(csv, Progress.NONE).sheet().id();

        assertEquals("team-prices", first);
        assertEquals("team-prices-2", second);
        assertEquals(List.of("team-prices-2.csv", "team-prices.csv"), userFiles());
        List<String> loaded = library.load(Progress.NONE).sheets().stream().filter(LibrarySheet::isUserAdded)
                .map(LibrarySheet::id).toList();
        assertEquals(List.of("team-prices-2", "team-prices"), loaded);
    }

    @Test
    void removingAUsersSheetDeletesItsCopy() throws Exception {
        library.add(PriceSheetFixtures.copy("negotiated-acme.json", downloads), Progress.NONE);

        library.remove("negotiated-acme");

        assertEquals(List.of(), userFiles());
        assertTrue(library.load(Progress.NONE).sheet("negotiated-acme").isEmpty());
    }

    @Test
    void refusesToRemoveABundledSheet() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> library.remove("litellm"));

        assertEquals("\"litellm\" is bundled with Ratecard and cannot be removed", refused.getMessage());
    }

    @Test
    void reportsAUserFileThatNoLongerReadsAndLoadsEverythingElse() throws Exception {
        // Gets: the broken file listed with its issues, left in place; everything else loads.
        library.add(PriceSheetFixtures.copy("negotiated-acme.json", downloads), Progress.NONE);
        Path broken = Files.writeString(dataFolder.resolve("price-sheets").resolve("edited-by-hand.json"), "{\"format\": ");

        LibraryContents contents = library.load(Progress.NONE);

        assertEquals(List.of(broken), contents.unreadable().stream().map(UnreadableSheet::file).toList());
        assertFalse(contents.unreadable().get(0).issues().isEmpty());
        assertTrue(contents.sheet("negotiated-acme").isPresent());
        assertTrue(contents.sheet("litellm").isPresent());
    }

    @Test
    void stopsLoadingWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(ImportCancelledException.class, () -> library.load(cancelled));
    }

    private List<String> userFiles() throws IOException {
        Path folder = dataFolder.resolve("price-sheets");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
