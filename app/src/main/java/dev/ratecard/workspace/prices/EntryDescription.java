package dev.ratecard.workspace.prices;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.RegionUplift;
import dev.ratecard.importers.model.TimeWindowRates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything a sheet says about one price, as titled sections of labelled lines: the entry, every rate, its
 * context tiers, batch pricing, service tiers, regions, time windows, the fields Ratecard keeps but does not use,
 * and where the price comes from. The details pane and {@code ratecard prices show} both print it, so they agree.
 * Rates are shown in full ({@link MoneyFormatter#exact}): this is where a figure is checked against its source.
 */
public record EntryDescription(List<Section> sections) {

    public record Section(String title, List<Line> lines) {
        public Section {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
        }
    }

    public record Line(String label, String value) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public EntryDescription {
        sections = List.copyOf(sections);
    }

    public static EntryDescription of(PriceEntry entry, LibrarySheet sheet) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Price", price(entry, sheet)));
        sections.add(new Section("Rates", rates(entry.rates(), entry.currency(), true)));
        for (ContextTier tier : entry.tiers()) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("Prompt counted as", basis(tier.basis())));
            lines.add(new Line("Re-prices", tier.scope() == ContextTier.Scope.WHOLE_REQUEST
                    ? "the whole request" : "only the tokens past the threshold"));
            lines.addAll(rates(tier.rates(), entry.currency(), false));
            sections.add(new Section("Context tier " + tier.comparison().symbol() + " "
                    + String.format(Locale.ROOT, "%,d", tier.threshold()) + " prompt tokens", lines));
        }
        if (entry.batch() != null) {
            sections.add(new Section("Batch", batch(entry.batch(), entry.currency())));
        }
        entry.serviceTiers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(tier -> sections.add(
                new Section("Service tier \"" + tier.getKey() + "\"", rates(tier.getValue(), entry.currency(), false))));
        if (!entry.regions().isEmpty()) {
            sections.add(new Section("Regions", entry.regions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(region -> new Line(region.getKey(), uplift(region.getValue()))).toList()));
        }
        for (TimeWindowRates window : entry.timeWindows()) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("Days", days(window)));
            lines.add(new Line("Hours", window.from() + " to " + window.to() + " " + window.zone().getId()));
            lines.addAll(rates(window.rates(), entry.currency(), false));
            sections.add(new Section("Time window \"" + window.name() + "\"", lines));
        }
        if (!entry.extra().isEmpty()) {
            sections.add(new Section("Other fields the sheet kept", entry.extra().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(field -> new Line(field.getKey(), field.getValue())).toList()));
        }
        sections.add(new Section("Provenance", provenance(entry, sheet)));
        return new EntryDescription(sections);
    }

    /** Every section, one line per label, for terminals and logs. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            text.append(section.title()).append('\n');
            for (Line line : section.lines()) {
                text.append("  ").append(line.label()).append(": ").append(line.value()).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code $3.00 per 1M tokens}, {@code $0.01 per call}: the rate in full. */
    public static String rateText(BigDecimal rate, UsageBucket bucket, String currency) {
        return MoneyFormatter.exact(new Money(rate, currency)) + " " + BucketDisplay.unit(bucket);
    }

    private static List<Line> price(PriceEntry entry, LibrarySheet sheet) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Provider", entry.provider()));
        lines.add(new Line("Model", entry.model()));
        lines.add(new Line("Route", entry.route()));
        if (!entry.aliases().isEmpty()) {
            lines.add(new Line("Also called", String.join(", ", entry.aliases())));
        }
        if (entry.mode() != null) {
            lines.add(new Line("Mode", entry.mode()));
        }
        lines.add(new Line("Currency", entry.currency()));
        if (entry.effectiveFrom() != null) {
            lines.add(new Line("Effective from", entry.effectiveFrom().toString()));
        }
        lines.add(new Line("Sheet", sheet.name() + " (" + sheet.id() + "), " + sheet.origin().describe()));
        return lines;
    }

    private static List<Line> rates(Rates rates, String currency, boolean base) {
        List<Line> lines = new ArrayList<>();
        for (UsageBucket bucket : UsageBucket.all()) {
            BigDecimal rate = BucketDisplay.rate(rates, bucket);
            if (rate != null) {
                lines.add(new Line(BucketDisplay.name(bucket), rateText(rate, bucket, currency)));
            } else if (base && bucket == UsageBucket.REASONING && rates.has(UsageBucket.OUTPUT_TEXT)) {
                lines.add(new Line(BucketDisplay.name(bucket), "at the output rate (the sheet gives none of its own)"));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line("Rates", base ? "none: usage of this entry is reported as unpriced, never as free"
                    : "none of its own; every bucket keeps the base rate"));
        }
        return lines;
    }

    private static List<Line> batch(BatchPricing batch, String currency) {
        List<Line> lines = new ArrayList<>();
        if (batch.discount() != null) {
            lines.add(new Line("Discount", batch.discount().movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% off the standard token rates the batch rates below do not cover"));
        }
        if (!batch.rates().isEmpty()) {
            lines.addAll(rates(batch.rates(), currency, false));
        }
        return lines;
    }

    private static String basis(ContextTier.Basis basis) {
        return switch (basis) {
            case PROMPT_INCLUDING_CACHE -> "input including cache reads and writes";
            case INPUT_AND_CACHE_WRITE -> "input and cache writes, cache reads left out";
            case UNCACHED_INPUT -> "uncached input only";
        };
    }

    private static String uplift(RegionUplift uplift) {
        return "×" + uplift.multiplier().stripTrailingZeros().toPlainString()
                + (uplift.includesCache() ? ", cache tokens included" : ", cache tokens at the base rate");
    }

    private static String days(TimeWindowRates window) {
        if (window.days().size() == DayOfWeek.values().length) {
            return "every day";
        }
        return window.days().stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }

    private static List<Line> provenance(PriceEntry entry, LibrarySheet sheet) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Source", entry.provenance().source()));
        lines.add(new Line("As of", entry.provenance().asOf().toString()));
        if (entry.provenance().note() != null && !entry.provenance().note().isBlank()) {
            lines.add(new Line("Note", entry.provenance().note()));
        }
        if (entry.origin() != null) {
            lines.add(new Line("Read from", entry.origin().toString()));
        }
        if (!sheet.sheet().provenance().source().equals(entry.provenance().source())) {
            lines.add(new Line("Sheet source", sheet.sheet().provenance().source()));
        }
        return lines;
    }
}
