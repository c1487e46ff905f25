package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.text.NumberParser;

import java.util.Map;

/**
 * A JSON object's members looked up by {@link Field}: each name is tried as a member, then as a dotted path
 * ({@code usage.prompt_tokens_details.cached_tokens}), exact case first, then ignoring case.
 */
final class JsonCells implements Cells {
    private JsonNode node;

    JsonCells(JsonNode node) {
        this.node = node;
    }

    JsonCells reset(JsonNode newNode) {
        this.node = newNode;
        return this;
    }

    JsonNode node() {
        return node;
    }

    @Override
    public String text(Field field) {
        JsonNode value = find(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return Cells.nullIfEmpty(value.textValue());
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        return value.asText();
    }

    @Override
    public long count(Field field, NumberParser numbers) {
        JsonNode value = find(field);
        if (value == null) {
            return ABSENT;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long count = value.longValue();
            if (count < 0) {
                throw new RowProblem(nameOf(field), value.asText(), "negative count");
            }
            return count;
        }
        String text = value.isTextual() ? Cells.nullIfEmpty(value.textValue()) : value.asText();
        return text == null ? ABSENT : Cells.parseCount(numbers, text, this, field);
    }

    @Override
    public JsonNode json(Field field) {
        return find(field);
    }

    @Override
    public String nameOf(Field field) {
        for (int i = 0; i < field.names().size(); i++) {
            if (lookup(node, field.names().get(i), field.path(i)) != null) {
                return field.names().get(i);
            }
        }
        return field.primaryName();
    }

    @Override
    public String declaredName(Field field) {
        return nameOf(field);
    }

    @Override
    public boolean has(Field field) {
        for (int i = 0; i < field.names().size(); i++) {
            if (lookup(node, field.names().get(i), field.path(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private JsonNode find(Field field) {
        for (int i = 0; i < field.names().size(); i++) {
            JsonNode value = lookup(node, field.names().get(i), field.path(i));
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    /** The value at {@code path} below {@code start}, or {@code null}; see {@link #lookup(JsonNode, String, String[])}. */
    static JsonNode lookup(JsonNode start, String path) {
        return lookup(start, path, path.split("\\."));
    }

    /**
     * The member named {@code name} (which may itself contain dots, as flattened exports write them), else the
     * path of {@code segments}; exact names first, and only when they fail, names ignoring case.
     */
    static JsonNode lookup(JsonNode start, String name, String[] segments) {
        if (start == null || !start.isObject()) {
            return null;
        }
        JsonNode direct = start.get(name);
        if (direct != null) {
            return direct;
        }
        if (segments.length > 1) {
            JsonNode exact = walk(start, segments, false);
            if (exact != null) {
                return exact;
            }
        }
        return segments.length > 1 ? walk(start, segments, true) : ignoringCase(start, name);
    }

    private static JsonNode walk(JsonNode start, String[] segments, boolean ignoreCase) {
        JsonNode current = start;
        for (String segment : segments) {
            if (current == null || !current.isObject()) {
                return null;
            }
            JsonNode next = current.get(segment);
            current = next == null && ignoreCase ? ignoringCase(current, segment) : next;
        }
        return current;
    }

    private static JsonNode ignoringCase(JsonNode object, String name) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
