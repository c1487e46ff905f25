package dev.ratecard.importers.prices.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One file handed to a reader: its name (for messages and default ids), its bytes, and the caller's context.
 * Price sheets are small (the largest public catalogue is 1.5 MB), so readers get the whole file at once; that
 * lets the facade detect the format from content before choosing a reader.
 *
 * @param lastModified the file's modification date, the as-of date of last resort for a sheet that states
 *                     none; {@code null} for streams
 */
public record SheetInput(String fileName, byte[] content, ReadContext context, LocalDate lastModified) {
    public SheetInput {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        context = context == null ? ReadContext.NONE : context;
    }

    public SheetInput(String fileName, byte[] content, ReadContext context) {
        this(fileName, content, context, null);
    }
}
