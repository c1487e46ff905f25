package dev.ratecard.importers.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.TimeWindowRates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.read.PriceSheetRead;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The simple form golden files are written in: per entry its rates per 1M tokens (per unit for requests and
 * web search) as decimal strings, tiers, batch, service tiers, regions and time windows; the sheet's
 * provenance; the issues. Decimal strings are compared by value, so "2.50" matches "2.5". An entry's
 * {@code extra_fields} (names of the other fields kept) are compared only where the expected file lists them;
 * {@code _comment} members hold the hand arithmetic and are ignored.
 */
final class SheetSnapshot {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final ObjectMapper PRINTER = new ObjectMapper();

    private SheetSnapshot() {
    }

    /** The read sheet in the golden form, shaped like {@code expected} where the form leaves a choice. */
    static ObjectNode of(PriceSheetRead read, JsonNode expected) {
        ObjectNode root = NODES.objectNode();
        ObjectNode sheet = root.putObject("sheet");
        sheet.put("id", read.sheet().id());
        sheet.put("name", read.sheet().name());
        sheet.put("format", read.sheet().format().name());
        sheet.put("source", read.sheet().provenance().source());
        sheet.put("as_of", read.sheet().provenance().asOf().toString());
        ArrayNode entries = root.putArray("entries");
        int index = 0;
        for (PriceEntry entry : read.sheet().entries()) {
            JsonNode expectedEntry = expected.path("entries").path(index++);
            entries.add(entry(entry, expectedEntry.has("extra_fields"), read.sheet().provenance().source(),
                    read.sheet().provenance().asOf().toString()));
        }
        ArrayNode issues = root.putArray("issues");
        read.issues().forEach(issue -> issues.add(issue(issue)));
        return root;
    }

    private static ObjectNode entry(PriceEntry entry, boolean withExtra, String sheetSource, String sheetAsOf) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", entry.provider());
        node.put("model", entry.model());
        node.put("route", entry.route());
        putIfNotNull(node, "mode", entry.mode());
        if (entry.origin() != null && entry.origin().line() > 0) {
            node.put("line", entry.origin().line());
        }
        if (!entry.aliases().isEmpty()) {
            entry.aliases().forEach(node.putArray("aliases")::add);
        }
        if (!"USD".equals(entry.currency())) {
            node.put("currency", entry.currency());
        }
        if (!entry.provenance().source().equals(sheetSource)) {
            node.put("source", entry.provenance().source());
        }
        if (!entry.provenance().asOf().toString().equals(sheetAsOf)) {
            node.put("as_of", entry.provenance().asOf().toString());
        }
        putIfNotNull(node, "note", entry.provenance().note());
        if (entry.effectiveFrom() != null) {
            node.put("effective_from", entry.effectiveFrom().toString());
        }
        node.set("rates", rates(entry.rates()));
        if (!entry.tiers().isEmpty()) {
            ArrayNode tiers = node.putArray("tiers");
            for (ContextTier tier : entry.tiers()) {
                ObjectNode t = tiers.addObject();
                t.put("threshold", tier.threshold());
                t.put("comparison", tier.comparison().symbol());
                t.put("basis", tier.basis().name().toLowerCase(Locale.ROOT));
                t.put("scope", tier.scope().name().toLowerCase(Locale.ROOT));
                t.set("rates", rates(tier.rates()));
            }
        }
        if (entry.batch() != null) {
            ObjectNode batch = node.putObject("batch");
            if (entry.batch().discount() != null) {
                batch.put("discount", plain(entry.batch().discount()));
            }
            if (!entry.batch().rates().isEmpty()) {
                batch.set("rates", rates(entry.batch().rates()));
            }
        }
        if (!entry.serviceTiers().isEmpty()) {
            ObjectNode tiers = node.putObject("service_tiers");
            new TreeMap<>(entry.serviceTiers()).forEach((name, rates) -> tiers.set(name, rates(rates)));
        }
        if (!entry.regions().isEmpty()) {
            ObjectNode regions = node.putObject("regions");
            new TreeMap<>(entry.regions()).forEach((name, uplift) -> regions.putObject(name)
                    .put("multiplier", plain(uplift.multiplier())).put("includes_cache", uplift.includesCache()));
        }
        if (!entry.timeWindows().isEmpty()) {
            ArrayNode windows = node.putArray("time_windows");
            for (TimeWindowRates window : entry.timeWindows()) {
                ObjectNode w = windows.addObject();
                w.put("name", window.name());
                ArrayNode days = w.putArray("days");
                window.days().stream().sorted().forEach(d -> days.add(d.name().substring(0, 3)));
                w.put("from", window.from().toString());
                w.put("to", window.to().toString());
                w.put("zone", window.zone().getId());
                w.set("rates", rates(window.rates()));
            }
        }
        if (withExtra) {
            new TreeSet<>(entry.extra().keySet()).forEach(node.putArray("extra_fields")::add);
        }
        return node;
    }

    private static ObjectNode rates(Rates rates) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<UsageBucket, BigDecimal> rate : rates.asMap().entrySet()) {
            BigDecimal shown = rate.getKey().isToken() ? rates.perMillion(rate.getKey()) : rate.getValue();
            node.put(rate.getKey().key(), plain(shown));
        }
        return node;
    }

    private static ObjectNode issue(ImportIssue issue) {
        ObjectNode node = NODES.objectNode();
        node.put("severity", issue.severity().name());
        if (issue.where().line() > 0) {
            node.put("line", issue.where().line());
        }
        putIfNotNull(node, "pointer", issue.where().pointer());
        putIfNotNull(node, "column", issue.column());
        putIfNotNull(node, "value", issue.value());
        return node;
    }

    /** The expected file without comments and with every decimal string in one canonical spelling. */
    static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!member.getKey().equals("_comment") && !member.getKey().equals("context")) {
                    copy.set(member.getKey(), normalise(member.getValue()));
                }
            }
            return sortedObjects(copy);
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(normalise(element)));
            return copy;
        }
        if (node.isTextual() && DECIMAL.matcher(node.textValue()).matches()) {
            return NODES.textNode(plain(new BigDecimal(node.textValue())));
        }
        return node;
    }

    static String pretty(JsonNode node) {
        try {
            return PRINTER.writerWithDefaultPrettyPrinter().writeValueAsString(normalise(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode sortedObjects(ObjectNode node) {
        ObjectNode sorted = NODES.objectNode();
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        names.forEach(name -> sorted.set(name, node.get(name)));
        return sorted;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void putIfNotNull(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
