package dev.ratecard.importers.usage;

import java.util.Objects;

/**
 * What {@link UsageImport#detect} concluded about a file.
 *
 * @param reason    why, in words for the user (which fields or columns gave it away)
 * @param encoding  how the bytes were decoded, e.g. {@code UTF-8 with BOM}
 * @param delimiter the CSV delimiter found, or {@code null} for JSON
 */
public record Detection(UsageFormat format, Confidence confidence, String reason, String encoding, Character delimiter) {
    public Detection {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(encoding, "encoding");
    }
}
