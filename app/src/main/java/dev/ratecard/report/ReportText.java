package dev.ratecard.report;

/**
 * Makes text from anywhere (scenario and option names, notes, sources) safe to embed in every format: control
 * characters other than tab, line feed and carriage return, and halves of broken surrogate pairs, become
 * U+FFFD. XML (inside XLSX) cannot hold them at all, and a PDF would draw nothing for them; what they stood for
 * is lost either way, so the report shows that something was there. Everything else is kept as written, for
 * each writer to escape in its own way.
 */
public final class ReportText {
    public static final char REPLACEMENT = '\uFFFD';

    private ReportText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = isForbiddenControl(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isSurrogate(c) && !pairedHigh;
            if (pairedHigh) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isForbiddenControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
