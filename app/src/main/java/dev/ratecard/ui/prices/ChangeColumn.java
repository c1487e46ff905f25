package dev.ratecard.ui.prices;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.prices.BucketDisplay;
import dev.ratecard.workspace.prices.SheetChange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the sheet-changes table: what each shows and how it sorts. Old and new rates are shown in their
 * unit (per 1M tokens, per request, per call; a batch discount as a percentage off); a missing value sorts last.
 */
public enum ChangeColumn {
    CHANGE("Change", false, change -> change.kind().label()),
    PROVIDER("Provider", false, SheetChange::provider),
    MODEL("Model", false, SheetChange::model),
    WHAT("What", false, ChangeColumn::what),
    BEFORE("Old", true, change -> value(change, change.before())),
    AFTER("New", true, change -> value(change, change.after())),
    PERCENT("Change %", true, change -> change.percentChange().map(ChangeColumn::signedPercent).orElse(""));

    private static final Pattern TIER = Pattern.compile("tier (>=?) (\\d+)");

    private final String title;
    private final boolean numeric;
    private final Function<SheetChange, String> text;

    ChangeColumn(String title, boolean numeric, Function<SheetChange, String> text) {
        this.title = title;
        this.numeric = numeric;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public boolean isNumeric() {
        return numeric;
    }

    public String text(SheetChange change) {
        return text.apply(change);
    }

    public Comparator<SheetChange> comparator() {
        return switch (this) {
            case BEFORE -> byNumber(SheetChange::before);
            case AFTER -> byNumber(SheetChange::after);
            case PERCENT -> byNumber(change -> change.percentChange().orElse(null));
            default -> Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
        };
    }

    private static Comparator<SheetChange> byNumber(Function<SheetChange, BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static String value(SheetChange change, BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (change.unit() == SheetChange.RateUnit.PERCENT_OFF) {
            return value.stripTrailingZeros().toPlainString() + "% off";
        }
        return MoneyFormatter.exact(new Money(value, change.currency()));
    }

    /** e.g. {@code Output}, {@code Tier > 200,000: Input}, {@code Batch discount}, {@code Service tier priority: Input}. */
    static String what(SheetChange change) {
        String part = change.part();
        Matcher tier = TIER.matcher(part);
        String prefix = tier.matches() ? "Tier " + tier.group(1) + " " + String.format(Locale.ROOT, "%,d", Long.parseLong(tier.group(2)))
                : part.isEmpty() || part.equals("base") ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1);
        if (change.bucket() == null) {
            return prefix;
        }
        String bucket = BucketDisplay.name(change.bucket());
        return prefix.isEmpty() ? bucket : prefix + ": " + bucket;
    }

    /** To two decimals at most, half-even, with its sign: {@code +25%}, {@code −12.5%}. */
    static String signedPercent(BigDecimal percent) {
        BigDecimal shown = percent.setScale(Math.min(2, Math.max(0, percent.scale())), RoundingMode.HALF_EVEN);
        String digits = shown.abs().toPlainString();
        return (shown.signum() > 0 ? "+" : shown.signum() < 0 ? "−" : "") + digits + "%";
    }
}
