package dev.ratecard.importers.prices.ratecard;

/** Picks the delimiter of a CSV file from its header line: the most frequent of comma, semicolon and tab. */
final class CsvDelimiter {
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private CsvDelimiter() {
    }

    static char detect(String text) {
        int end = 0;
        boolean quoted = false;
        int[] counts = new int[CANDIDATES.length];
        while (end < text.length()) {
            char c = text.charAt(end++);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int i = 0; i < CANDIDATES.length; i++) {
                    if (c == CANDIDATES[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES[best];
    }
}
