package dev.ratecard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The {@code --json} output: one pretty-printed object per command. Money and rates are decimal strings,
 * exact (never rounded, never a binary float), so that scripts can add them up; counts are integers.
 */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonOutput() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static void print(PrintWriter out, ObjectNode root) {
        try {
            MAPPER.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** An exact decimal string with no trailing zeros: {@code "0.007"}, {@code "12"}. */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String amount(Money money) {
        return decimal(money.amount());
    }

    /** {@code {"amount": "0.007", "currency": "USD"}}. */
    static ObjectNode money(Money money) {
        ObjectNode node = object();
        node.put("amount", amount(money));
        node.put("currency", money.currency());
        return node;
    }

    /** The non-zero buckets, by their file names: {@code {"uncached_input": 600, …}}. */
    static ObjectNode counts(BucketCounts counts) {
        ObjectNode node = object();
        for (Map.Entry<UsageBucket, Long> bucket : counts.asMap().entrySet()) {
            node.put(bucket.getKey().key(), bucket.getValue());
        }
        return node;
    }

    static ObjectNode issue(ImportIssue issue) {
        ObjectNode node = object();
        node.put("severity", issue.severity().name().toLowerCase(java.util.Locale.ROOT));
        node.put("file", issue.where().file());
        node.put("line", issue.where().line());
        if (issue.where().pointer() != null) {
            node.put("pointer", issue.where().pointer());
        }
        node.put("column", issue.column());
        node.put("value", issue.value());
        node.put("reason", issue.reason());
        return node;
    }
}
