package dev.ratecard.store;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an import is of, recorded with its batch.
 *
 * @param fileName      the file's name as the user knows it (no folder), used in every message about its rows
 * @param sha256        the SHA-256 of the file's bytes, hex; the same bytes are never imported twice
 * @param format        the reader's format name, e.g. {@code openai-usage-csv}
 * @param sourceKind    the namespace of the rows' natural keys: a request id is unique within one kind of
 *                      source. Usually the format; readers of two formats that share ids share a kind.
 * @param timeZone      the zone naive timestamps in the file were read in
 * @param readerOptions the options the reader ran with (delimiter, decimal separator, column mapping …)
 */
public record ImportRequest(String fileName, String sha256, String format, String sourceKind, ZoneId timeZone,
                            Map<String, String> readerOptions) {
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public ImportRequest {
        requireText(fileName, "fileName");
        requireText(format, "format");
        requireText(sourceKind, "sourceKind");
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a hex SHA-256: \"" + sha256 + "\"");
        }
        Objects.requireNonNull(timeZone, "timeZone");
        readerOptions = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(readerOptions, "readerOptions")));
    }

    /** A request whose source kind is its format and whose reader ran with its defaults. */
    public static ImportRequest of(String fileName, String sha256, String format, ZoneId timeZone) {
        return new ImportRequest(fileName, sha256, format, format, timeZone, Map.of());
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
