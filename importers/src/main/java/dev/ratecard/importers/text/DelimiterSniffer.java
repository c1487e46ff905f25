package dev.ratecard.importers.text;

/**
 * Picks a CSV delimiter from the header line: whichever of {@code ,} {@code ;} tab {@code |} occurs most
 * often outside quotes, comma on a tie. Header lines are the best witness: names rarely contain delimiters,
 * while values ({@code "1,5"}, JSON cells) often do.
 */
public final class DelimiterSniffer {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimiterSniffer() {
    }

    /** @param text the start of the file; only its first line (outside quotes) is looked at */
    public static char sniff(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** How a delimiter is named in messages and summaries. */
    public static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
