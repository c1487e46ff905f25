package dev.ratecard.pricingdata;

import java.util.Arrays;
import java.util.Optional;

/** Ratecard's own catalogue formats: the catalogue's name, the schema that checks it, the file's "format" field. */
enum RatecardFormat {
    PRICE_SHEET("ratecard-json", "price-sheet", "ratecard-price-sheet"),
    GATEWAYS("ratecard-gateways", "gateways", "ratecard-gateways"),
    GPU_OFFERS("ratecard-gpu-offers", "gpu-offers", "ratecard-gpu-offers"),
    THROUGHPUT("ratecard-throughput", "throughput", "ratecard-throughput"),
    SELFHOST_DEFAULTS("ratecard-selfhost-defaults", "selfhost-defaults", "ratecard-selfhost-defaults");

    final String catalogueName;
    final String schema;
    final String declared;

    RatecardFormat(String catalogueName, String schema, String declared) {
        this.catalogueName = catalogueName;
        this.schema = schema;
        this.declared = declared;
    }

    /** The Ratecard format a catalogue entry names, or empty for the snapshots' foreign formats. */
    static Optional<RatecardFormat> ofCatalogueName(String name) {
        return Arrays.stream(values()).filter(f -> f.catalogueName.equals(name)).findFirst();
    }
}
