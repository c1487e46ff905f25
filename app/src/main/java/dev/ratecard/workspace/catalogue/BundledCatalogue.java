package dev.ratecard.workspace.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.importers.prices.PriceSheetReaders;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The price sheets, gateway fee models, GPU offers and throughput profiles bundled with Ratecard (module
 * {@code pricing-data}), found through its index {@code catalogue.json} because resources cannot be listed
 * from a jar. Each file is read once, on first use, and kept: the LiteLLM snapshot takes a noticeable
 * fraction of a second to read, so nothing is read until someone asks.
 */
public final class BundledCatalogue {
    static final String INDEX = "dev/ratecard/pricingdata/catalogue.json";

    private final ClassLoader loader;
    private final List<CatalogueEntry> entries;
    private final PriceSheetReaders readers = new PriceSheetReaders();
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    private BundledCatalogue(ClassLoader loader, List<CatalogueEntry> entries) {
        this.loader = loader;
        this.entries = List.copyOf(entries);
    }

    /** The catalogue on this class path; fails loudly if the index is missing or malformed (a broken build). */
    public static BundledCatalogue load() {
        ClassLoader loader = BundledCatalogue.class.getClassLoader();
        try (InputStream in = open(loader, INDEX)) {
            return new BundledCatalogue(loader, parseIndex(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue index " + INDEX, e);
        }
    }

    static List<CatalogueEntry> parseIndex(JsonNode index) {
        if (!"ratecard-catalogue".equals(index.path("format").asText())) {
            throw new IllegalStateException(INDEX + " is not a ratecard-catalogue index");
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (JsonNode e : index.path("entries")) {
            entries.add(new CatalogueEntry(e.path("id").asText(), e.path("name").asText(),
                    CatalogueEntry.Kind.fromKey(e.path("kind").asText()), e.path("format").asText(),
                    e.path("path").asText(), e.path("source").asText(), LocalDate.parse(e.path("as_of").asText())));
        }
        return entries;
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    public List<CatalogueEntry> entries(CatalogueEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public Optional<CatalogueEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** A bundled price sheet, read with the index's id, name, source and date where the file lacks them. */
    public PriceSheetRead sheet(CatalogueEntry entry) throws ImportException {
        requireKind(entry, CatalogueEntry.Kind.PRICE_SHEET);
        return cached(entry, () -> {
            try (InputStream in = open(loader, entry.path())) {
                ReadContext context = ReadContext.NONE.withId(entry.id()).withName(entry.name())
                        .withAsOf(entry.asOf()).withSource(entry.source());
                return readers.read(entry.fileName(), in, null, context);
            }
        });
    }

    /** Every bundled price sheet, in index order. */
    public List<PriceSheetRead> sheets() throws ImportException {
        List<PriceSheetRead> sheets = new ArrayList<>();
        for (CatalogueEntry entry : entries(CatalogueEntry.Kind.PRICE_SHEET)) {
            sheets.add(sheet(entry));
        }
        return sheets;
    }

    public CatalogueRead<GatewayFeeModel> gateways() throws ImportException {
        CatalogueEntry entry = only(CatalogueEntry.Kind.GATEWAYS);
        return cached(entry, () -> {
            try (InputStream in = open(loader, entry.path())) {
                return readers.readGateways(entry.fileName(), in);
            }
        });
    }

    public CatalogueRead<GpuOffer> gpuOffers() throws ImportException {
        CatalogueEntry entry = only(CatalogueEntry.Kind.GPU_OFFERS);
        return cached(entry, () -> {
            try (InputStream in = open(loader, entry.path())) {
                return readers.readGpuOffers(entry.fileName(), in);
            }
        });
    }

    public CatalogueRead<ThroughputProfile> throughput() throws ImportException {
        CatalogueEntry entry = only(CatalogueEntry.Kind.THROUGHPUT);
        return cached(entry, () -> {
            try (InputStream in = open(loader, entry.path())) {
                return readers.readThroughputProfiles(entry.fileName(), in);
            }
        });
    }

    private CatalogueEntry only(CatalogueEntry.Kind kind) {
        List<CatalogueEntry> found = entries(kind);
        if (found.size() != 1) {
            throw new IllegalStateException("the catalogue index lists " + found.size() + " " + kind.key() + " files, not one");
        }
        return found.get(0);
    }

    private static void requireKind(CatalogueEntry entry, CatalogueEntry.Kind kind) {
        if (entry.kind() != kind) {
            throw new IllegalArgumentException(entry.id() + " is a " + entry.kind().key() + " file, not a " + kind.key());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(CatalogueEntry entry, FileRead<T> read) throws ImportException {
        Object value = this.read.get(entry.id());
        if (value == null) {
            try {
                value = read.run();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled file " + entry.path(), e);
            }
            Object raced = this.read.putIfAbsent(entry.id(), value);
            value = raced == null ? value : raced;
        }
        return (T) value;
    }

    private static InputStream open(ClassLoader loader, String path) throws IOException {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("bundled file missing from the class path: " + path);
        }
        return in;
    }

    @FunctionalInterface
    private interface FileRead<T> {
        T run() throws IOException, ImportException;
    }
}
