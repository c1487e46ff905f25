package dev.ratecard.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Sums of the engine's results: money of one currency, merged bucket lines, merged notes. */
final class CostSums {
    private CostSums() {
    }

    /** The sum, or zero US dollars for none; amounts of different currencies are refused. */
    static Money money(List<Money> amounts) {
        Money sum = null;
        for (Money m : amounts) {
            sum = sum == null ? m : sum.plus(m);
        }
        return sum == null ? Money.ZERO_USD : sum;
    }

    static <T> Money money(List<T> items, Function<T, Money> amount) {
        return money(items.stream().map(amount).toList());
    }

    /** Lines of the same bucket, rate and reason as one line (quantities added, so one multiplication). */
    static List<BucketLine> lines(List<BucketLine> lines) {
        Map<String, BucketLine> merged = new LinkedHashMap<>();
        for (BucketLine line : lines) {
            String key = line.bucket() + "|" + line.basis() + "|" + plain(line.rate()) + "|" + line.currency();
            merged.merge(key, line, (a, b) -> new BucketLine(a.bucket(), Math.addExact(a.quantity(), b.quantity()),
                    a.listRate(), a.adjustedRate(), a.rate(), a.basis(), a.currency()));
        }
        return new ArrayList<>(merged.values());
    }

    /** Notes of the same flag and detail as one note, their rows added. */
    static List<PricingNote> notes(List<PricingNote> notes) {
        Map<String, PricingNote> merged = new LinkedHashMap<>();
        for (PricingNote note : notes) {
            merged.merge(note.flag() + "|" + note.detail(), note,
                    (a, b) -> new PricingNote(a.flag(), Math.addExact(a.rows(), b.rows()), a.detail()));
        }
        return new ArrayList<>(merged.values());
    }

    private static String plain(BigDecimal rate) {
        return rate == null ? "unpriced" : rate.stripTrailingZeros().toPlainString();
    }
}
