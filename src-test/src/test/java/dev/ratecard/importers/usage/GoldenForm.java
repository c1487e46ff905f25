package dev.ratecard.importers.usage;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.UsageRecord;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The compact JSON form golden files are written in: per record its line (and JSON pointer), time, period,
 * provider, model, route, batch, tier, region, tags, non-zero buckets, reported cost and natural key, leaving
 * out what is empty, false or null; then the issues as one line each, and the summary's counts. Amounts are
 * written as strings without trailing zeros, so that 0.0000720 and 0.000072 compare equal.
 */
final class GoldenForm {
    private GoldenForm() {
    }

    /** A mapper that reads expected files (comments allowed) and writes indented JSON for readable diffs. */
    static ObjectMapper json() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    static JsonNode render(ReadSummary summary, List<UsageRecord> records, List<ImportIssue> issues) {
        ObjectMapper json = json();
        ObjectNode root = json.createObjectNode();
        root.put("format", summary.format().id());
        root.set("summary", summary(summary));
        ArrayNode list = root.putArray("records");
        records.forEach(r -> list.add(record(r)));
        ArrayNode problems = root.putArray("issues");
        issues.forEach(i -> problems.add(issue(i)));
        // Through text and back, so that numbers compare by value (an int and a long node are not equal).
        try {
            return json.readTree(json.writeValueAsString(root));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String issue(ImportIssue issue) {
        return issue.severity() + " " + issue.describe();
    }

    private static ObjectNode summary(ReadSummary s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("rows", s.rowsRead());
        node.put("records", s.recordsEmitted());
        node.put("rejected", s.rowsRejected());
        node.put("skipped", s.rowsSkipped());
        if (!s.skippedByReason().isEmpty()) {
            ObjectNode reasons = node.putObject("skippedBecause");
            new TreeMap<>(s.skippedByReason()).forEach(reasons::put);
        }
        if (s.naiveTimeZone() != null) {
            node.put("naiveTimeZone", s.naiveTimeZone().getId());
        }
        if (s.firstTime() != null) {
            node.put("first", s.firstTime().toString());
            node.put("last", s.lastTime().toString());
        }
        if (!s.reportedCostByCurrency().isEmpty()) {
            ObjectNode costs = node.putObject("costs");
            new TreeMap<>(s.reportedCostByCurrency()).forEach((currency, amount) -> costs.put(currency, plain(amount)));
        }
        return node;
    }

    private static ObjectNode record(UsageRecord r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("line", r.source().line());
        if (r.source().pointer() != null) {
            node.put("pointer", r.source().pointer());
        }
        node.put("start", r.start().toString());
        if (!r.period().isZero()) {
            node.put("period", r.period().toString());
        }
        if (r.provider() != null) {
            node.put("provider", r.provider());
        }
        node.put("model", r.model());
        node.put("route", r.route());
        if (r.batch()) {
            node.put("batch", true);
        }
        if (r.serviceTier() != null) {
            node.put("tier", r.serviceTier());
        }
        if (r.region() != null) {
            node.put("region", r.region());
        }
        if (!r.tags().isEmpty()) {
            ObjectNode tags = node.putObject("tags");
            new TreeMap<>(r.tags()).forEach(tags::put);
        }
        ObjectNode buckets = node.putObject("buckets");
        r.counts().asMap().forEach((bucket, count) -> buckets.put(bucket.key(), count));
        ReportedCost cost = r.reportedCost();
        if (cost != null) {
            ObjectNode c = node.putObject("cost");
            c.put("amount", plain(cost.amount()));
            c.put("currency", cost.currency());
            c.put("kind", cost.kind().name().toLowerCase(Locale.ROOT));
            if (cost.basis() != null) {
                c.put("basis", cost.basis());
            }
        }
        if (r.naturalKey() != null) {
            node.put("key", r.naturalKey());
        }
        return node;
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
