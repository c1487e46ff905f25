package dev.ratecard.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain                 | plain               | plain
            tab, CR and LF stay   | a\\tb\\r\\nc          | a\\tb\\r\\nc
            a bell is replaced    | ring\\u0007         | ring\\uFFFD
            NUL is replaced       | a\\u0000b           | a\\uFFFDb
            C1 control replaced   | x\\u0085y           | x\\uFFFDy
            lone high surrogate   | x\\uD83D            | x\\uFFFD
            lone low surrogate    | \\uDE00x            | \\uFFFDx
            a full pair stays     | \\uD83D\\uDE00 ok    | \\uD83D\\uDE00 ok
            non-characters go     | a\\uFFFEb           | a\\uFFFDb
            Arabic and CJK stay   | مرحبا 中文           | مرحبا 中文
            """)
    void replacesOnlyWhatNoFormatCanHold(String what, String text, String expected) {
        assertEquals(unescape(expected), ReportText.clean(unescape(text)), what);
    }

    /** The table writes control characters as Java escapes so that they can be seen. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                switch (next) {
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> out.append(next);
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
