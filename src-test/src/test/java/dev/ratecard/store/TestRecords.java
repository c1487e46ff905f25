package dev.ratecard.store;

import dev.ratecard.importers.model.UsageRecordBuilder;

import java.time.ZoneOffset;
import java.util.HexFormat;

/** The store tests' usage rows and import requests. */
final class TestRecords {
    private TestRecords() {
    }

    /** A plain direct openai gpt-4o row; see {@link UsageRecordBuilder}. */
    static UsageRecordBuilder row() {
        return UsageRecordBuilder.usageRecord();
    }

    /** A SHA-256 that is only used as a file's identity: {@code n} repeated as hex. */
    static String sha(int n) {
        return HexFormat.of().toHexDigits(n).repeat(8);
    }

    static ImportRequest request(String fileName, int shaSeed) {
        return ImportRequest.of(fileName, sha(shaSeed), "test-usage-csv", ZoneOffset.UTC);
    }
}
