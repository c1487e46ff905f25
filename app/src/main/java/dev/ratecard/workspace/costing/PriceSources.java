package dev.ratecard.workspace.costing;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.prices.PriceSheetReaders;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.catalogue.CatalogueEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The price sheets pricing can use: the bundled ones by id, a user's file by path, and for pricing by route,
 * each provider's own direct sheet, the broad LiteLLM catalogue and OpenRouter's list. Sheets are read on first
 * use and kept, so the large catalogues cost nothing unless some usage needs them.
 */
public final class PriceSources {
    /** The bundled catalogue of every provider's list prices (LiteLLM's price map). */
    public static final String LITELLM = "litellm";
    /** The bundled OpenRouter models list. */
    public static final String OPENROUTER = "openrouter";

    /**
     * Names sources use for a provider that the bundled sheets call otherwise: OpenRouter's model prefixes
     * ({@code mistralai/}, {@code qwen/}), the importers' name rules ({@code google}), short forms.
     */
    private static final Map<String, String> PROVIDER_NAMES = Map.of(
            "google", "gemini",
            "mistralai", "mistral",
            "qwen", "dashscope",
            "alibaba", "dashscope",
            "together", "together_ai",
            "togetherai", "together_ai",
            "fireworks", "fireworks_ai");

    /** The cache key of {@link #litellmDirect()}, which no catalogue id can take (ids have no spaces). */
    private static final String LITELLM_DIRECT = "litellm direct";

    private final BundledCatalogue bundled;
    private final PriceSheetReaders readers = new PriceSheetReaders();
    private final Map<String, PriceSource> loaded = new ConcurrentHashMap<>();
    private volatile Map<String, String> directSheetByProvider;

    public PriceSources(BundledCatalogue bundled) {
        this.bundled = bundled;
    }

    /** The ids of the bundled price sheets, in catalogue order. */
    public List<String> bundledIds() {
        return bundled.entries(CatalogueEntry.Kind.PRICE_SHEET).stream().map(CatalogueEntry::id).toList();
    }

    /**
     * A bundled sheet by id, else the price sheet file at that path.
     *
     * @throws UnknownPriceSheetException if it is neither
     * @throws ImportException            if the file is not a price sheet Ratecard can read
     */
    public PriceSource resolve(String idOrPath) throws IOException, ImportException {
        Optional<CatalogueEntry> entry = bundled.find(idOrPath);
        if (entry.isPresent()) {
            if (entry.get().kind() != CatalogueEntry.Kind.PRICE_SHEET) {
                throw new UnknownPriceSheetException("\"" + idOrPath + "\" is the bundled " + entry.get().kind().key()
                        + " file, not a price sheet; price sheets: " + String.join(", ", bundledIds()));
            }
            return bundled(entry.get().id());
        }
        Path file = Path.of(idOrPath);
        if (!Files.isRegularFile(file)) {
            throw new UnknownPriceSheetException("\"" + idOrPath + "\" is neither a bundled price sheet ("
                    + String.join(", ", bundledIds()) + ") nor a file");
        }
        return file(file);
    }

    /** A bundled sheet by its id. */
    public PriceSource bundled(String id) throws ImportException {
        PriceSource source = loaded.get(id);
        if (source == null) {
            CatalogueEntry entry = bundled.find(id).filter(e -> e.kind() == CatalogueEntry.Kind.PRICE_SHEET)
                    .orElseThrow(() -> new UnknownPriceSheetException("no bundled price sheet \"" + id + "\""));
            source = PriceSource.of(bundled.sheet(entry), true);
            loaded.putIfAbsent(id, source);
        }
        return source;
    }

    /**
     * The LiteLLM catalogue's direct-route entries only: its gateway entries ({@code openrouter/…}) carry a
     * gateway's price, which is not what buying direct costs.
     */
    public PriceSource litellmDirect() throws ImportException {
        PriceSource source = loaded.get(LITELLM_DIRECT);
        if (source == null) {
            PriceSource all = bundled(LITELLM);
            source = new PriceSource(all.id(), all.name() + ", direct-route entries", all.asOf(), all.source(), true,
                    all.entries().stream().filter(e -> Routes.DIRECT.equalsIgnoreCase(e.route())).toList(), all.issues());
            loaded.putIfAbsent(LITELLM_DIRECT, source);
        }
        return source;
    }

    /** A price sheet file in any format Ratecard reads (detected from its content). */
    public PriceSource file(Path file) throws IOException, ImportException {
        return PriceSource.of(readers.read(file), false);
    }

    /**
     * The bundled direct sheet of {@code provider} ({@code openai}, {@code anthropic}, {@code google} …), if
     * Ratecard ships one; other providers are priced from the LiteLLM catalogue.
     */
    public Optional<PriceSource> directSheetOf(String provider) throws ImportException {
        if (provider == null) {
            return Optional.empty();
        }
        String name = provider.strip().toLowerCase(Locale.ROOT);
        String id = directSheets().get(PROVIDER_NAMES.getOrDefault(name, name));
        return id == null ? Optional.empty() : Optional.of(bundled(id));
    }

    /** A bundled gateway fee model by id, e.g. {@code openrouter-card}. */
    public GatewayFeeModel gateway(String id) throws ImportException {
        return bundled.gateways().values().stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bundled gateways file has no fee model \"" + id + "\""));
    }

    /** Provider → id of its bundled direct sheet, from the providers the direct sheets' entries name. */
    private Map<String, String> directSheets() throws ImportException {
        Map<String, String> byProvider = directSheetByProvider;
        if (byProvider == null) {
            byProvider = new HashMap<>();
            for (String id : bundledIds()) {
                if (id.equals(LITELLM) || id.equals(OPENROUTER)) {
                    continue;
                }
                for (String provider : bundled(id).entries().stream().map(PriceEntry::provider)
                        .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())) {
                    byProvider.putIfAbsent(provider, id);
                }
            }
            directSheetByProvider = Map.copyOf(byProvider);
        }
        return byProvider;
    }

    /** The bundled catalogue's own reads fail only on a broken build; say so plainly. */
    static UncheckedIOException brokenBuild(ImportException e) {
        return new UncheckedIOException(new IOException("a bundled price sheet cannot be read: " + e.getMessage(), e));
    }
}
