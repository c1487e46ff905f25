package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;

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
    public JsonNode json(Field field) {
        return find(field);
    }

    @Override
    public String nameOf(Field field) {
        for (String name : field.names()) {
            if (lookup(node, name) != null) {
                return name;
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
        for (String name : field.names()) {
            if (lookup(node, name) != null) {
                return true;
            }
        }
        return false;
    }

    private JsonNode find(Field field) {
        for (String name : field.names()) {
            JsonNode value = lookup(node, name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    static JsonNode lookup(JsonNode start, String path) {
        if (start == null || !start.isObject()) {
            return null;
        }
        JsonNode direct = member(start, path);
        if (direct != null || path.indexOf('.') < 0) {
            return direct;
        }
        JsonNode current = start;
        int from = 0;
        while (current != null && from <= path.length()) {
            int dot = path.indexOf('.', from);
            String segment = dot < 0 ? path.substring(from) : path.substring(from, dot);
            current = current.isObject() ? member(current, segment) : null;
            if (dot < 0) {
                return current;
            }
            from = dot + 1;
        }
        return null;
    }

    private static JsonNode member(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
