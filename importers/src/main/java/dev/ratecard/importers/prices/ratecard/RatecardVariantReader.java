package dev.ratecard.importers.prices.ratecard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.RegionUplift;
import dev.ratecard.importers.model.TimeWindowRates;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a Ratecard price entry that vary its base rates: context tiers, batch pricing, service tiers,
 * regions and time windows. Each is read as fields nested in the entry's {@link JsonFields}, so its problems
 * fail the entry and the members Ratecard does not know are kept among the entry's other fields under their
 * path, e.g. {@code tiers[0].label}.
 */
final class RatecardVariantReader {
    private final JsonFields entry;
    private final PriceEntry.Builder builder;

    RatecardVariantReader(JsonFields entry, PriceEntry.Builder builder) {
        this.entry = entry;
        this.builder = builder;
    }

    void tiers(JsonNode tiers) {
        JsonSite site = entry.site("tiers");
        if (!tiers.isArray()) {
            entry.fail(site.error(tiers.toString(), "must be an array of tiers"));
            return;
        }
        for (int i = 0; i < tiers.size(); i++) {
            JsonFields tier = entry.nested("tiers[" + i + "]", tiers.get(i), site.index(i));
            Long threshold = tier.wholeNumber("threshold", true);
            ContextTier.Comparison comparison = choice(tier, "comparison", null, c -> ContextTier.Comparison.fromSymbol(c));
            ContextTier.Basis basis = choice(tier, "basis", ContextTier.Basis.PROMPT_INCLUDING_CACHE,
                    b -> ContextTier.Basis.valueOf(b.toUpperCase(Locale.ROOT)));
            ContextTier.Scope scope = choice(tier, "scope", ContextTier.Scope.WHOLE_REQUEST,
                    s -> ContextTier.Scope.valueOf(s.toUpperCase(Locale.ROOT)));
            Rates rates = rates(tier);
            if (tier.ok()) {
                builder.tier(new ContextTier(threshold, comparison, basis, scope, rates));
            }
        }
    }

    void batch(JsonNode batch) {
        JsonFields fields = entry.nested("batch", batch, entry.site("batch"));
        BigDecimal discount = fields.fraction("discount", false);
        JsonNode ratesNode = fields.node("rates");
        Rates rates = ratesNode == null ? Rates.EMPTY : RatecardRates.read(ratesNode, fields.site("rates"), fields);
        if (discount == null && ratesNode == null && fields.ok()) {
            fields.fail(fields.site().error(batch.toString(), "needs a discount, batch rates, or both"));
        }
        if (fields.ok()) {
            builder.batch(new BatchPricing(rates, discount));
        }
    }

    void serviceTiers(JsonNode tiers) {
        JsonSite site = entry.site("service_tiers");
        if (!tiers.isObject()) {
            entry.fail(site.error(tiers.toString(), "must be an object of service tier name → rates"));
            return;
        }
        for (Map.Entry<String, JsonNode> tier : tiers.properties()) {
            Rates rates = RatecardRates.read(tier.getValue(), site.member(tier.getKey()), entry);
            builder.serviceTier(tier.getKey(), rates);
        }
    }

    void regions(JsonNode regions) {
        JsonSite site = entry.site("regions");
        if (!regions.isObject()) {
            entry.fail(site.error(regions.toString(), "must be an object of region name → multiplier"));
            return;
        }
        for (Map.Entry<String, JsonNode> region : regions.properties()) {
            JsonFields fields = entry.nested("regions." + region.getKey(), region.getValue(), site.member(region.getKey()));
            BigDecimal multiplier = fields.positive("multiplier", true);
            Boolean includesCache = fields.bool("includes_cache", false);
            if (fields.ok()) {
                // Without a word from the sheet, cache tokens are uplifted too: OpenAI's and Anthropic's
                // residency surcharges apply to every token type, as LiteLLM's current cost code does.
                builder.region(region.getKey(), new RegionUplift(multiplier, includesCache == null || includesCache));
            }
        }
    }

    void timeWindows(JsonNode windows) {
        JsonSite site = entry.site("time_windows");
        if (!windows.isArray()) {
            entry.fail(site.error(windows.toString(), "must be an array of time windows"));
            return;
        }
        for (int i = 0; i < windows.size(); i++) {
            JsonFields window = entry.nested("time_windows[" + i + "]", windows.get(i), site.index(i));
            String name = window.text("name", true);
            Set<DayOfWeek> days = days(window);
            LocalTime from = time(window, "from");
            LocalTime to = time(window, "to");
            ZoneId zone = zone(window);
            Rates rates = rates(window);
            if (from != null && from.equals(to)) {
                window.fail(window.site("to").error(to.toString(), "the window starts and ends at the same time"));
            }
            if (window.ok()) {
                builder.timeWindow(new TimeWindowRates(name, days, from, to, zone, rates));
            }
        }
    }

    private Rates rates(JsonFields owner) {
        JsonNode node = owner.required("rates");
        return node == null ? Rates.EMPTY : RatecardRates.read(node, owner.site("rates"), owner);
    }

    @FunctionalInterface
    private interface Parse<T> {
        T parse(String text);
    }

    private static <T> T choice(JsonFields fields, String name, T absent, Parse<T> parse) {
        String text = fields.text(name, absent == null);
        if (text == null) {
            return absent;
        }
        try {
            return parse.parse(text);
        } catch (IllegalArgumentException e) {
            fields.fail(fields.site(name).error(text, choices(name)));
            return null;
        }
    }

    private static String choices(String name) {
        return switch (name) {
            case "comparison" -> "must be \">\" or \">=\"";
            case "basis" -> "must be prompt_including_cache, input_and_cache_write or uncached_input";
            default -> "must be whole_request or graduated";
        };
    }

    private static Set<DayOfWeek> days(JsonFields window) {
        JsonNode node = window.node("days");
        if (node == null) {
            return Set.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            window.fail(window.site("days").error(node.toString(), "must be a non-empty array such as [\"MON\", \"TUE\"]"));
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < node.size(); i++) {
            String day = JsonValues.sourceText(node.get(i)).trim().toUpperCase(Locale.ROOT);
            DayOfWeek match = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().equals(day) || d.name().substring(0, 3).equals(day)) {
                    match = d;
                }
            }
            if (match == null) {
                window.fail(window.site("days").index(i).error(day, "not a day; use MON, TUE, WED, THU, FRI, SAT or SUN"));
            } else {
                days.add(match);
            }
        }
        return days;
    }

    private static LocalTime time(JsonFields window, String name) {
        String text = window.text(name, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            window.fail(window.site(name).error(text, "not a time of day in the form HH:MM"));
            return null;
        }
    }

    private static ZoneId zone(JsonFields window) {
        String text = window.text("zone", false);
        if (text == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            window.fail(window.site("zone").error(text, "not a time zone; use an id such as UTC or Asia/Shanghai"));
            return null;
        }
    }
}
