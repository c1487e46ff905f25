package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The workspace files of every schema version, committed under {@code dev/ratecard/store/} as
 * {@code workspace-v<n>.db}. The rule: whenever a migration {@code V<n>__…} is added, bump
 * {@link #CURRENT_SCHEMA}, write {@code workspace-v<n>.db} with {@link SchemaFixtureWriter}, and keep every
 * older fixture as it is, so that each upgrade path stays tested against a file the older Ratecard wrote.
 */
final class SchemaFixtures {
    /** The newest script in {@code db/migration}. */
    static final int CURRENT_SCHEMA = 5;

    /** The rows every fixture holds, as the Ratecard of its version imported them. */
    static final List<UsageRecord> RECORDS = List.of(
            TestRecords.row().from("openai-usage.csv", 2).at("2025-01-03T10:00:00Z").id("req-1")
                    .tag(Tags.PROJECT, "alpha").tag(Tags.TEAM, "search").tag("env", "prod")
                    .tokens(UsageBucket.UNCACHED_INPUT, 1_200).tokens(UsageBucket.CACHE_READ, 800)
                    .tokens(UsageBucket.OUTPUT_TEXT, 300).tokens(UsageBucket.REQUESTS, 1).cost("0.00475", "USD").build(),
            TestRecords.row().from("openai-usage.csv", 3).at("2025-01-03T11:00:00Z").provider("anthropic")
                    .model("claude-3-5-sonnet").route(Routes.OPENROUTER).batch()
                    .tokens(UsageBucket.CACHE_WRITE_5M, 100).tokens(UsageBucket.UNCACHED_INPUT, 50)
                    .tokens(UsageBucket.OUTPUT_TEXT, 20).tokens(UsageBucket.REQUESTS, 1).estimatedCost("0.0012").build(),
            TestRecords.row().from("openai-usage.csv", 4).at("2025-01-04T00:00:00Z").lasting(Duration.ofDays(1))
                    .model("gpt-4o-mini").tokens(UsageBucket.UNCACHED_INPUT, 42_000).tokens(UsageBucket.OUTPUT_TEXT, 4_200)
                    .tokens(UsageBucket.REQUESTS, 42).build());

    static final ImportIssue ISSUE =
            ImportIssue.warning(SourceRef.line("openai-usage.csv", 3), "cost", "0,0012", "decimal comma read as 0.0012");

    static final ImportRequest REQUEST = new ImportRequest("openai-usage.csv", TestRecords.sha(0xA1), "openai-usage-csv",
            "openai-usage-csv", ZoneId.of("Europe/Berlin"), Map.of("delimiter", ","));

    private SchemaFixtures() {
    }

    static String resource(int version) {
        return "workspace-v" + version + ".db";
    }

    /** Copies the fixture of {@code version} to {@code target}, which a test may then open and change. */
    static Path copy(int version, Path target) throws IOException {
        try (InputStream in = SchemaFixtures.class.getResourceAsStream(resource(version))) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + resource(version) + " beside " + SchemaFixtures.class);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Fills a fresh workspace with the fixture's content through the current code. */
    static void fill(WorkspaceDatabase database) {
        try (ImportSession session = database.beginImport(REQUEST, Progress.NONE)) {
            RECORDS.forEach(session::add);
            session.addIssue(ISSUE);
            session.commit();
        }
        database.scenarios().create("Gateway vs direct", 1, "{\"options\":[\"direct\",\"openrouter\"]}");
        database.aliases().put(new ModelAlias("my-gpt4o", "openai", "gpt-4o-2024-08-06"));
        database.mappingProfiles().save("Team export", "{\"model\":\"Model name\"}");
        database.settings().put("currency", "USD");
    }
}
