package dev.ratecard.cli;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.prices.BucketDisplay;

import java.math.BigDecimal;
import java.util.Locale;

/** Prices as the terminal shows them: rates in full, money in the shared formats. */
final class PriceText {
    private PriceText() {
    }

    static String header(UsageBucket bucket) {
        return BucketDisplay.name(bucket).toUpperCase(Locale.ROOT);
    }

    /**
     * The rate in full ({@code $0.075}); {@code as output} for reasoning the engine bills at the output rate;
     * {@code -} where the sheet has none.
     */
    static String rate(PriceEntry entry, UsageBucket bucket) {
        BigDecimal rate = BucketDisplay.rate(entry.rates(), bucket);
        if (rate == null) {
            return bucket == UsageBucket.REASONING && entry.rates().has(UsageBucket.OUTPUT_TEXT) ? "as output" : "-";
        }
        return MoneyFormatter.exact(new Money(rate, entry.currency()));
    }

    static String money(Money money) {
        return MoneyFormatter.table(money);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
