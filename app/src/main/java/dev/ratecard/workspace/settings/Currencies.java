package dev.ratecard.workspace.settings;

import java.util.Currency;

/** The currency-code checks settings share. */
final class Currencies {
    static final String USD = "USD";

    private Currencies() {
    }

    static boolean isIso(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
