package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a scenario file from other files without reading it whole, so that an opened or dropped file goes where it
 * belongs: a {@code .ratecard} file always is one (a broken one is then reported field by field); a {@code .json}
 * file is one when its top-level object says {@code "format": "ratecard-scenario"}, which a usage export never does.
 */
public final class ScenarioFileType {
    public static final String EXTENSION = ".ratecard";
    /** How much of a {@code .json} file is looked at for its format field. */
    static final int HEAD_BYTES = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private ScenarioFileType() {
    }

    public static boolean isScenarioFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(EXTENSION)) {
            return true;
        }
        return name.endsWith(".json") && Files.isRegularFile(file) && declaresScenarioFormat(file);
    }

    private static boolean declaresScenarioFormat(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return declaresScenarioFormat(in.readNBytes(HEAD_BYTES));
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Whether the top-level object's {@code format} field, within these first bytes, names the scenario format. */
    static boolean declaresScenarioFormat(byte[] head) {
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(field)) {
                    return value == JsonToken.VALUE_STRING && ScenarioDocument.FORMAT.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException notJsonOrCutShort) {
            return false;
        }
    }
}
