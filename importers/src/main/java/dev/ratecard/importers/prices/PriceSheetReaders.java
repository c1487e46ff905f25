package dev.ratecard.importers.prices;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.importers.prices.litellm.LiteLlmReader;
import dev.ratecard.importers.prices.openrouter.OpenRouterReader;
import dev.ratecard.importers.prices.portkey.PortkeyReader;
import dev.ratecard.importers.prices.ratecard.GatewayFeeReader;
import dev.ratecard.importers.prices.ratecard.GpuOfferReader;
import dev.ratecard.importers.prices.ratecard.RatecardCsvSheetReader;
import dev.ratecard.importers.prices.ratecard.RatecardJsonSheetReader;
import dev.ratecard.importers.prices.ratecard.ThroughputProfileReader;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.CatalogueReader;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the app reads price files: price sheets in every format Ratecard knows (detected from the content
 * when not given), and the three catalogue files (gateway fee models, GPU offers, throughput profiles).
 *
 * <p>Ratecard's own formats are rejected whole on any error; the big third-party catalogues skip a bad entry
 * and list it as an error-level issue on the result, so the rest stays usable. Either way, a file that cannot
 * be read at all throws {@link ImportException} with issues naming the file, the line or JSON path, the
 * field, the value and the reason.
 */
public final class PriceSheetReaders {
    /** Far above the largest public catalogue (1.5 MB); a bigger file is not a price sheet. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Map<PriceSheetFormat, PriceSheetReader> readers = new EnumMap<>(PriceSheetFormat.class);
    private final PriceSheetFormatDetector detector = new PriceSheetFormatDetector();
    private final GatewayFeeReader gateways = new GatewayFeeReader();
    private final GpuOfferReader gpuOffers = new GpuOfferReader();
    private final ThroughputProfileReader throughput = new ThroughputProfileReader();

    public PriceSheetReaders() {
        List.of(new LiteLlmReader(), new OpenRouterReader(), new PortkeyReader(), new RatecardJsonSheetReader(),
                new RatecardCsvSheetReader()).forEach(reader -> readers.put(reader.format(), reader));
    }

    /** Reads a price sheet, its format detected from its content. */
    public PriceSheetRead read(Path file) throws IOException, ImportException {
        return read(file, null, ReadContext.NONE);
    }

    /**
     * Reads a price sheet from a file. Where the sheet states no as-of date and neither the context nor the
     * file name gives one, the file's modification date is used, with a warning.
     */
    public PriceSheetRead read(Path file, PriceSheetFormat formatOrNull, ReadContext context)
            throws IOException, ImportException {
        return read(input(file, context), formatOrNull);
    }

    /**
     * Reads a price sheet from a stream (which is read to its end, not closed).
     *
     * @param formatOrNull the format, or null to detect it from the content
     * @param context      what the caller knows that the file may not say (id, name, as-of date, source), and
     *                     the progress to report to
     */
    public PriceSheetRead read(String fileName, InputStream in, PriceSheetFormat formatOrNull, ReadContext context)
            throws IOException, ImportException {
        return read(new SheetInput(fileName, readAll(fileName, in), context), formatOrNull);
    }

    /** The format of a price sheet, from its content. */
    public PriceSheetFormat detectFormat(String fileName, byte[] content) throws ImportException {
        return switch (detector.detect(fileName, content)) {
            case PriceSheetFormatDetector.PriceSheetKind kind -> kind.format();
            case PriceSheetFormatDetector.CatalogueKind kind -> throw wholeFile(fileName,
                    "this file holds " + kind.description() + " (" + kind.format() + "), not a price sheet");
            case PriceSheetFormatDetector.Unknown unknown -> throw wholeFile(fileName,
                    "not a price sheet Ratecard reads: " + unknown.reason());
        };
    }

    public CatalogueRead<GatewayFeeModel> readGateways(Path file) throws IOException, ImportException {
        return gateways.read(input(file, ReadContext.NONE));
    }

    public CatalogueRead<GatewayFeeModel> readGateways(String fileName, InputStream in) throws IOException, ImportException {
        return readCatalogue(gateways, fileName, in);
    }

    public CatalogueRead<GpuOffer> readGpuOffers(Path file) throws IOException, ImportException {
        return gpuOffers.read(input(file, ReadContext.NONE));
    }

    public CatalogueRead<GpuOffer> readGpuOffers(String fileName, InputStream in) throws IOException, ImportException {
        return readCatalogue(gpuOffers, fileName, in);
    }

    public CatalogueRead<ThroughputProfile> readThroughputProfiles(Path file) throws IOException, ImportException {
        return throughput.read(input(file, ReadContext.NONE));
    }

    public CatalogueRead<ThroughputProfile> readThroughputProfiles(String fileName, InputStream in)
            throws IOException, ImportException {
        return readCatalogue(throughput, fileName, in);
    }

    private PriceSheetRead read(SheetInput input, PriceSheetFormat formatOrNull) throws ImportException {
        if (formatOrNull == null) {
            return readers.get(detectFormat(input.fileName(), input.content())).read(input);
        }
        switch (detector.detect(input.fileName(), input.content())) {
            case PriceSheetFormatDetector.PriceSheetKind kind when kind.format() != formatOrNull -> throw wholeFile(
                    input.fileName(), "the file looks like " + describe(kind.format()) + ", not "
                            + describe(formatOrNull) + " as asked");
            case PriceSheetFormatDetector.CatalogueKind kind -> throw wholeFile(input.fileName(),
                    "this file holds " + kind.description() + " (" + kind.format() + "), not a price sheet");
            default -> {
                // The asked-for reader explains best what is wrong with a file of no recognisable kind.
            }
        }
        return readers.get(formatOrNull).read(input);
    }

    private static <T> CatalogueRead<T> readCatalogue(CatalogueReader<T> reader, String fileName, InputStream in)
            throws IOException, ImportException {
        return reader.read(new SheetInput(fileName, readAll(fileName, in), ReadContext.NONE));
    }

    private static SheetInput input(Path file, ReadContext context) throws IOException, ImportException {
        String name = file.getFileName().toString();
        if (Files.size(file) > MAX_BYTES) {
            throw tooLarge(name);
        }
        LocalDate modified = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        return new SheetInput(name, Files.readAllBytes(file), context, modified);
    }

    private static byte[] readAll(String fileName, InputStream in) throws IOException, ImportException {
        byte[] content = in.readNBytes((int) MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        return content;
    }

    private static ImportException tooLarge(String fileName) {
        return wholeFile(fileName, "the file is larger than " + MAX_BYTES / (1024 * 1024)
                + " MB, far more than any price sheet; is it the right file?");
    }

    private static ImportException wholeFile(String fileName, String reason) {
        return new ImportException(ImportIssue.error(SourceRef.wholeFile(fileName), null, null, reason));
    }

    private static String describe(PriceSheetFormat format) {
        return switch (format) {
            case LITELLM -> "a LiteLLM price map";
            case OPENROUTER -> "an OpenRouter models list";
            case PORTKEY -> "a Portkey pricing file";
            case RATECARD_JSON -> "a Ratecard JSON price sheet";
            case RATECARD_CSV -> "a Ratecard CSV price sheet";
        };
    }
}
