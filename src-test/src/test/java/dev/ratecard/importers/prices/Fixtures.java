package dev.ratecard.importers.prices;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Small helpers the price-reader tests share: fixtures from the class path, inline sheets, per-1M figures. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/ratecard/importers/prices/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceSheetRead read(PriceSheetReader reader, String fileName, String text, ReadContext context)
            throws ImportException {
        return reader.read(new SheetInput(fileName, text.getBytes(StandardCharsets.UTF_8), context));
    }

    public static PriceEntry entry(PriceSheetRead read, String model) {
        List<PriceEntry> found = read.sheet().entries().stream().filter(e -> e.model().equals(model)).toList();
        assertEquals(1, found.size(), "one entry for " + model);
        return found.get(0);
    }

    /** A decimal written the way price pages print them, e.g. "22.50" for $22.50 per 1M tokens. */
    public static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    /** Asserts that two decimals are the same number, whatever their scale. */
    public static void assertSameAmount(String expected, BigDecimal actual) {
        assertEquals(0, usd(expected).compareTo(actual), () -> "expected " + expected + " but was "
                + (actual == null ? null : actual.toPlainString()));
    }

    /** The issues of a read that must fail as a whole. */
    public static List<ImportIssue> rejected(Executable read) {
        return assertThrows(ImportException.class, read).issues();
    }
}
