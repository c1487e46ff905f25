package dev.ratecard.importers.usage;

import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.TimestampParser;

/** What readers are built from: the options, the value parsers of this read, and the JSON settings. */
record ReaderContext(ReadOptions options, NumberParser numbers, TimestampParser times, JsonSupport json) {
    /** A fresh typed view for a reader's rows. */
    Row row() {
        return new Row(numbers, times, json);
    }
}
