package dev.ratecard.workspace.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bundled data file as the catalogue index lists it.
 *
 * @param id   what users type ({@code ratecard cost --prices openai})
 * @param path class-path resource path, no leading slash
 */
public record CatalogueEntry(String id, String name, Kind kind, String format, String path, String source, LocalDate asOf) {

    /** What a bundled file holds. */
    public enum Kind {
        PRICE_SHEET("price-sheet"), GATEWAYS("gateways"), GPU_OFFERS("gpu-offers"), THROUGHPUT("throughput"),
        SELFHOST_DEFAULTS("selfhost-defaults");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Kind fromKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown catalogue kind \"" + key + "\"");
        }
    }

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The file name part of the path, for messages and issues. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
