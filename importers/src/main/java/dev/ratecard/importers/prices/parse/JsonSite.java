package dev.ratecard.importers.prices.parse;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place in a JSON file: the file, the line where the enclosing entry starts, and a JSON path such as
 * {@code $["gpt-4o"].input_cost_per_token}. Issues made here name all three and the field.
 *
 * @param field the member name the path ends in (or last ended in, for array elements), or {@code null}
 */
public record JsonSite(String file, long line, String path, String field) {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public JsonSite {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }

    public static JsonSite root(String file) {
        return new JsonSite(file, 0, "$", null);
    }

    public JsonSite member(String name) {
        String segment = PLAIN_NAME.matcher(name).matches()
                ? "." + name
                : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        return new JsonSite(file, line, path + segment, name);
    }

    public JsonSite index(int index) {
        return new JsonSite(file, line, path + "[" + index + "]", field);
    }

    /** This place as a whole entry: its issues name it by path and line, with no field. */
    public JsonSite entry() {
        return new JsonSite(file, line, path, null);
    }

    public JsonSite atLine(long newLine) {
        return new JsonSite(file, newLine, path, field);
    }

    public SourceRef ref() {
        return new SourceRef(file, line, path);
    }

    public ImportIssue error(String value, String reason) {
        return ImportIssue.error(ref(), field, value, reason);
    }

    public ImportIssue warning(String value, String reason) {
        return ImportIssue.warning(ref(), field, value, reason);
    }

    public EntryProblem problem(String value, String reason) {
        return new EntryProblem(error(value, reason));
    }
}
