package dev.ratecard.importers.prices.parse;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;

import java.util.Objects;

/**
 * A place in a JSON file: the file, the line where the enclosing entry starts, and a JSON path such as
 * {@code $["gpt-4o"].input_cost_per_token}. Issues made here name all three and the field. Readers make a
 * site for every field they read but need its path only when something is wrong, so a site is a link to
 * its parent and the path is spelled out on demand.
 */
public final class JsonSite {
    private final String file;
    private final long line;
    private final JsonSite parent;
    private final String segment;
    private final String field;
    private final boolean member;

    private JsonSite(String file, long line, JsonSite parent, String segment, boolean member, String field) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.parent = parent;
        this.segment = segment;
        this.member = member;
        this.field = field;
    }

    public static JsonSite root(String file) {
        return new JsonSite(file, 0, null, null, false, null);
    }

    public JsonSite member(String name) {
        return new JsonSite(file, line, this, name, true, name);
    }

    public JsonSite index(int index) {
        return new JsonSite(file, line, this, Integer.toString(index), false, field);
    }

    /** This place as a whole entry: its issues name it by path and line, with no field. */
    public JsonSite entry() {
        return new JsonSite(file, line, parent, segment, member, null);
    }

    /** The same place, its issues dated to {@code newLine}; the sites made from it inherit the line. */
    public JsonSite atLine(long newLine) {
        return new JsonSite(file, newLine, parent, segment, member, field);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The member name the path ends in (or last ended in, for array elements), or {@code null}. */
    public String field() {
        return field;
    }

    /** The JSON path: {@code $}, then {@code .name} or {@code ["odd name"]} per member and {@code [i]} per element. */
    public String path() {
        StringBuilder path = new StringBuilder();
        appendPath(path);
        return path.toString();
    }

    private void appendPath(StringBuilder path) {
        if (parent == null) {
            path.append('$');
            return;
        }
        parent.appendPath(path);
        if (!member) {
            path.append('[').append(segment).append(']');
        } else if (isPlainName(segment)) {
            path.append('.').append(segment);
        } else {
            path.append("[\"").append(segment.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) && name.charAt(0) < 128 || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    public SourceRef ref() {
        return new SourceRef(file, line, path());
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

    @Override
    public String toString() {
        return ref().toString();
    }
}
