package dev.ratecard.workspace.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * Settings in one JSON file ({@code settings.json} in the config folder). Reading never fails: a missing file
 * gives defaults, a damaged one gives defaults plus a message, and the damaged file is moved aside (to
 * {@code settings.json.unreadable}) so that the next save does not destroy what the user may want back.
 * Writing goes to a temporary file that then replaces the old one, so a crash never leaves half a file.
 */
public final class JsonSettingsRepository implements SettingsRepository {
    public static final String FILE_NAME = "settings.json";
    static final String UNREADABLE_SUFFIX = ".unreadable";

    private final Path file;
    private final Path defaultDataFolder;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param file the settings file
     * @param defaultDataFolder the data folder when the settings name none
     */
    public JsonSettingsRepository(Path file, Path defaultDataFolder) {
        this.file = Objects.requireNonNull(file, "file");
        this.defaultDataFolder = Objects.requireNonNull(defaultDataFolder, "defaultDataFolder");
    }

    /** {@code settings.json} in {@code configFolder}. */
    public static JsonSettingsRepository in(Path configFolder, Path defaultDataFolder) {
        return new JsonSettingsRepository(configFolder.resolve(FILE_NAME), defaultDataFolder);
    }

    public Path file() {
        return file;
    }

    @Override
    public LoadedSettings load() {
        Settings defaults = Settings.defaults(defaultDataFolder);
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException firstRun) {
            return new LoadedSettings(defaults, List.of());
        } catch (JsonProcessingException damaged) {
            return unreadable(defaults, "it is not valid JSON (" + where(damaged) + damaged.getOriginalMessage() + ")");
        } catch (IOException | SecurityException unreachable) {
            return new LoadedSettings(defaults, List.of(name + " could not be read (" + unreachable.getMessage()
                    + "), so Ratecard started with default settings. Check the file's permissions."));
        }
        if (root == null || root.isMissingNode()) {
            return unreadable(defaults, "it is empty");
        }
        SettingsJsonReader reader = new SettingsJsonReader(name, defaults);
        try {
            Settings settings = reader.read(root);
            return new LoadedSettings(settings, reader.problems());
        } catch (UnreadableSettingsException refused) {
            return unreadable(defaults, refused.getMessage());
        }
    }

    @Override
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        mapper.writeValue(temporary.toFile(), SettingsJsonWriter.write(settings));
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private LoadedSettings unreadable(Settings defaults, String reason) {
        String name = file.getFileName().toString();
        Path kept = file.resolveSibling(name + UNREADABLE_SUFFIX);
        String keeping;
        try {
            Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            keeping = "The file was kept as " + kept.getFileName() + ".";
        } catch (IOException | SecurityException e) {
            keeping = "It could not be set aside (" + e.getMessage() + ") and will be replaced when settings are saved.";
        }
        return new LoadedSettings(defaults, List.of(name + " could not be used: " + reason
                + ". Ratecard started with default settings. " + keeping));
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
