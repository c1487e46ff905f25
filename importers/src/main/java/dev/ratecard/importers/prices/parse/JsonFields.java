package dev.ratecard.importers.prices.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ImportIssue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the members of one JSON object of a hand-written file, logging every problem instead of stopping at
 * the first, so that a user sees all that is wrong with a sheet at once. A getter returns {@code null} when
 * the member is absent or wrong; {@link #ok()} says whether anything was wrong. Members never asked for are
 * the object's "other fields", kept by the caller.
 */
public final class JsonFields {
    private final JsonNode object;
    private final JsonSite site;
    private final IssueLog issues;
    private final JsonFields parent;
    private final Set<String> read = new HashSet<>();
    private final Map<String, JsonFields> children = new LinkedHashMap<>();
    private boolean ok = true;

    public JsonFields(JsonNode object, JsonSite site, IssueLog issues) {
        this(object, site, issues, null);
    }

    private JsonFields(JsonNode object, JsonSite site, IssueLog issues, JsonFields parent) {
        this.object = object;
        this.site = site;
        this.issues = issues;
        this.parent = parent;
        if (!object.isObject()) {
            fail(site.error(JsonValues.sourceText(object), "must be a JSON object"));
        }
    }

    /**
     * The fields of an object nested in this one, e.g. {@code tiers[0]}: its problems are this object's too,
     * and its unread members are listed among this object's under {@code key + "."}.
     */
    public JsonFields nested(String key, JsonNode node, JsonSite at) {
        JsonFields child = new JsonFields(node, at, issues, this);
        children.put(key, child);
        return child;
    }

    public JsonSite site() {
        return site;
    }

    public JsonSite site(String name) {
        return site.member(name);
    }

    public boolean ok() {
        return ok;
    }

    /** Records a problem found by the caller while reading a member. */
    public void fail(ImportIssue issue) {
        issues.add(issue);
        for (JsonFields fields = this; fields != null; fields = fields.parent) {
            fields.ok = false;
        }
    }

    /** The member's value, or null when absent or JSON null; marks it as read. */
    public JsonNode node(String name) {
        read.add(name);
        JsonNode value = object.isObject() ? object.get(name) : null;
        return value == null || value.isNull() ? null : value;
    }

    /** Like {@link #node(String)} but an absent member is a problem. */
    public JsonNode required(String name) {
        JsonNode value = node(name);
        if (value == null && object.isObject()) {
            fail(site.member(name).error(null, "missing; this field is required"));
        }
        return value;
    }

    public String text(String name, boolean required) {
        JsonNode value = required ? required(name) : node(name);
        return value == null ? null : attempt(() -> JsonValues.text(value, site.member(name)));
    }

    public LocalDate date(String name, boolean required) {
        JsonNode value = required ? required(name) : node(name);
        return value == null ? null : attempt(() -> JsonValues.date(value, site.member(name)));
    }

    public BigDecimal decimal(String name, boolean required) {
        JsonNode value = required ? required(name) : node(name);
        return value == null ? null : attempt(() -> JsonValues.decimal(value, site.member(name)));
    }

    /** A decimal that must be zero or more. */
    public BigDecimal nonNegative(String name, boolean required) {
        BigDecimal value = decimal(name, required);
        if (value != null && value.signum() < 0) {
            fail(site.member(name).error(value.toPlainString(), "negative; must be zero or more"));
            return null;
        }
        return value;
    }

    /** A decimal that must be above zero. */
    public BigDecimal positive(String name, boolean required) {
        BigDecimal value = decimal(name, required);
        if (value != null && value.signum() <= 0) {
            fail(site.member(name).error(value.toPlainString(), "must be above zero"));
            return null;
        }
        return value;
    }

    /** A fraction from 0 to 1 ({@code "0.055"} is 5.5 %). */
    public BigDecimal fraction(String name, boolean required) {
        BigDecimal value = nonNegative(name, required);
        if (value != null && value.compareTo(BigDecimal.ONE) > 0) {
            fail(site.member(name).error(value.toPlainString(), "a fraction must be from 0 to 1 (0.055 is 5.5 %)"));
            return null;
        }
        return value;
    }

    public Long wholeNumber(String name, boolean required) {
        JsonNode value = required ? required(name) : node(name);
        return value == null ? null : attempt(() -> JsonValues.wholeNumber(value, site.member(name)));
    }

    public Integer count(String name, boolean required, int minimum) {
        JsonNode value = required ? required(name) : node(name);
        return value == null ? null : attempt(() -> JsonValues.count(value, site.member(name), minimum));
    }

    public Boolean bool(String name, boolean required) {
        JsonNode value = required ? required(name) : node(name);
        return value == null ? null : attempt(() -> JsonValues.bool(value, site.member(name)));
    }

    /** The members never read, as their JSON text, keyed {@code prefix + name}, nested objects' included. */
    public Map<String, String> unread(String prefix) {
        Map<String, String> unread = new LinkedHashMap<>();
        if (object.isObject()) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (!read.contains(member.getKey())) {
                    unread.put(prefix + member.getKey(), JsonValues.jsonText(member.getValue()));
                }
            }
        }
        children.forEach((key, child) -> unread.putAll(child.unread(prefix + key + ".")));
        return unread;
    }

    /** A read that may fail with a problem, which is logged. */
    @FunctionalInterface
    public interface Attempt<T> {
        T get() throws EntryProblem;
    }

    public <T> T attempt(Attempt<T> reading) {
        try {
            return reading.get();
        } catch (EntryProblem problem) {
            fail(problem.issue());
            return null;
        }
    }
}
