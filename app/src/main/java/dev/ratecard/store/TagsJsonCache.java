package dev.ratecard.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of the tag maps one import has seen most recently. An export repeats a handful of tag combinations
 * across all its rows, and writing each row's map through Jackson again cost about a tenth of reading a large
 * file; the text is the same as {@link TagsJson#write} gives, so stored rows and dedup keys do not change.
 */
final class TagsJsonCache {
    /** Enough for the combinations of a real export; a file of ever new tags simply misses. */
    private static final int LIMIT = 256;

    private final Map<Map<String, String>, String> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, String>, String> eldest) {
            return size() > LIMIT;
        }
    };

    /** The map last asked for and its text: most rows repeat the row before, and need no hash of their map. */
    private Map<String, String> last;
    private String lastJson;

    String write(Map<String, String> tags) {
        if (tags.equals(last)) {
            return lastJson;
        }
        String json = recent.get(tags);
        if (json == null) {
            json = TagsJson.write(tags);
            recent.put(Map.copyOf(tags), json);
        }
        last = Map.copyOf(tags);
        lastJson = json;
        return json;
    }
}
