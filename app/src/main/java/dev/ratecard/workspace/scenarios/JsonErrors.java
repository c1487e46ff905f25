package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into messages that name the JSON path and say what is wrong, without Java type names. */
final class JsonErrors {
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    private JsonErrors() {
    }

    static ScenarioFileException toFileException(String file, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new ScenarioFileException(file, where, "not valid JSON: " + e.getOriginalMessage());
        }
        String path = path(m.getPath());
        return switch (m) {
            case UnrecognizedPropertyException u -> new ScenarioFileException(file, path, "unknown field; known here: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
            case InvalidTypeIdException t -> new ScenarioFileException(file, path + typeField(t),
                    t.getTypeId() == null ? "is missing" : "\"" + t.getTypeId() + "\" is not one of " + kinds(t));
            case InvalidFormatException f -> new ScenarioFileException(file, path,
                    "\"" + f.getValue() + "\" is not " + expected(f.getTargetType()));
            case MismatchedInputException mi -> mismatched(file, path, mi);
            default -> new ScenarioFileException(file, path, m.getOriginalMessage());
        };
    }

    private static ScenarioFileException mismatched(String file, String path, MismatchedInputException e) {
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            String field = "." + missing.group(1);
            return new ScenarioFileException(file, path.endsWith(field) ? path : path + field, "is required");
        }
        return new ScenarioFileException(file, path, "expected " + expected(e.getTargetType()));
    }

    private static String typeField(InvalidTypeIdException t) {
        return t.getBaseType() != null && t.getBaseType().getRawClass() == WorkloadDocument.class ? "" : ".kind";
    }

    private static String kinds(InvalidTypeIdException t) {
        return t.getBaseType() != null && t.getBaseType().getRawClass() == WorkloadDocument.class
                ? "synthetic, usage"
                : "direct, hosted_gateway, self_hosted_gateway, rented_gpus, owned_hardware, mix";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "the expected kind of value";
        }
        if (type == java.math.BigDecimal.class) {
            return "a decimal number (write it as a string, e.g. \"1.20\")";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                path.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
