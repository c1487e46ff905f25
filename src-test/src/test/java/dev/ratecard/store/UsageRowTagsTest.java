package dev.ratecard.store;

import dev.ratecard.importers.model.Tags;
import org.junit.jupiter.api.Test;

import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A record's tags in their stored form: the shared ones in their columns, the others as JSON with sorted keys. */
class UsageRowTagsTest {
    private final TagsJsonCache json = new TagsJsonCache();

    @Test
    void columnTagsOnlyLeaveNoOtherTags() {
        UsageRow stored = UsageRow.of(row().tag(Tags.API_KEY, "prod").tag(Tags.APP, "My App").build(), json);

        assertNull(stored.otherTags());
        assertArrayEquals(columns(null, "prod", null, null, "My App"), stored.columnTags());
    }

    @Test
    void oneOtherTagIsAnObjectOfOne() {
        UsageRow stored = UsageRow.of(row().tag(Tags.USER, "user-7").tag("variant", "standard").build(), json);

        assertEquals("{\"variant\":\"standard\"}", stored.otherTags());
        assertArrayEquals(columns(null, null, "user-7", null, null), stored.columnTags());
    }

    @Test
    void severalOtherTagsAreSortedByName() {
        UsageRow stored = UsageRow.of(row().tag("variant", "nitro").tag(Tags.PROJECT, "alpha").tag("region_pool", "eu")
                .tag("cohort", "b").build(), json);

        assertEquals("{\"cohort\":\"b\",\"region_pool\":\"eu\",\"variant\":\"nitro\"}", stored.otherTags());
        assertArrayEquals(columns("alpha", null, null, null, null), stored.columnTags());
    }

    @Test
    void aTagsColumnIsItsPlaceInTheListOfColumnTags() {
        for (String tag : UsageColumns.COLUMN_TAGS) {
            assertEquals(UsageColumns.COLUMN_TAGS.indexOf(tag), UsageColumns.columnTagIndex(tag), tag);
        }
        assertEquals(-1, UsageColumns.columnTagIndex("variant"));
        assertEquals(-1, UsageColumns.columnTagIndex(Tags.WORKSPACE));
        assertEquals(-1, UsageColumns.columnTagIndex("App"), "tag names are matched exactly");
    }

    /** The column tags in {@link UsageColumns#COLUMN_TAGS}' order: project, API key, user, team, app. */
    private static String[] columns(String project, String apiKey, String user, String team, String app) {
        String[] columns = new String[UsageColumns.COLUMN_TAGS.size()];
        columns[UsageColumns.COLUMN_TAGS.indexOf(Tags.PROJECT)] = project;
        columns[UsageColumns.COLUMN_TAGS.indexOf(Tags.API_KEY)] = apiKey;
        columns[UsageColumns.COLUMN_TAGS.indexOf(Tags.USER)] = user;
        columns[UsageColumns.COLUMN_TAGS.indexOf(Tags.TEAM)] = team;
        columns[UsageColumns.COLUMN_TAGS.indexOf(Tags.APP)] = app;
        return columns;
    }
}
