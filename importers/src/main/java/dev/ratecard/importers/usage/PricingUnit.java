package dev.ratecard.importers.usage;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A pricing unit as billing exports write it: a block size and what it counts, e.g. {@code "1000 Tokens"}
 * (1000, tokens), {@code "1M"} (1,000,000, nothing said), {@code "1K"}, {@code "1000 "} with a trailing space,
 * {@code "Tokens"} (1, tokens), {@code "10K/Month"}; but {@code "10000s"} is a unit's name (block 1), as the
 * FinOps toolkit's table of Azure units has it.
 *
 * @param block the number of units one priced quantity stands for
 * @param words what is counted, lower case ({@code tokens}, {@code hours}), empty when the unit does not say
 */
record PricingUnit(BigDecimal block, String words) {
    static PricingUnit parse(String text) {
        String s = text == null ? "" : text.strip();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
        }
        if (i == 0) {
            return new PricingUnit(BigDecimal.ONE, s.toLowerCase(Locale.ROOT));
        }
        BigDecimal block = new BigDecimal(s.substring(0, i).replace(",", ""));
        if (i < s.length() && Character.isLetter(s.charAt(i))) {
            char suffix = Character.toUpperCase(s.charAt(i));
            boolean standsAlone = i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1));
            if (!standsAlone || (suffix != 'K' && suffix != 'M' && suffix != 'B')) {
                // Digits run into a word ("10000s"): a unit's name, not a block size.
                return new PricingUnit(BigDecimal.ONE, s.toLowerCase(Locale.ROOT));
            }
            block = block.movePointRight(suffix == 'K' ? 3 : suffix == 'M' ? 6 : 9);
            i++;
        }
        return new PricingUnit(block, s.substring(i).strip().toLowerCase(Locale.ROOT));
    }

    boolean countsTokens() {
        return words.contains("token");
    }

    /** Says nothing about what it counts: just a block size such as {@code "1M"} or {@code "1000 "}. */
    boolean isBareBlock() {
        return words.isEmpty();
    }
}
