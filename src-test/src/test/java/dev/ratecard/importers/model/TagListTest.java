package dev.ratecard.importers.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tags put one by one come out as the map a {@code LinkedHashMap} of the same puts would hold, unmodifiable. */
class TagListTest {

    @Test
    void everyNumberOfTagsComesOutAsTheMapOfThem() {
        for (int count = 0; count <= 7; count++) {
            TagList tags = new TagList();
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                tags.put("tag" + i, "value" + i);
                expected.put("tag" + i, "value" + i);
            }
            assertEquals(expected, tags.toMap(), count + " tags");
            assertEquals(count == 0, tags.isEmpty());
        }
    }

    @Test
    void aTagPutAgainKeepsItsLastValue() {
        TagList tags = new TagList();
        tags.put(Tags.API_KEY, "old");
        tags.put(Tags.APP, "My App");
        tags.put(Tags.API_KEY, "new");

        assertEquals(Map.of(Tags.API_KEY, "new", Tags.APP, "My App"), tags.toMap());
    }

    @Test
    void theMapCannotBeChanged() {
        TagList tags = new TagList();
        tags.put(Tags.USER, "user-1");

        assertThrows(UnsupportedOperationException.class, () -> tags.toMap().put(Tags.TEAM, "ops"));
        assertTrue(tags.toMap().containsKey(Tags.USER));
    }
}
