package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java side and the schema agree: a new usage bucket or a renamed column needs a migration. */
class SchemaContractTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void everyBucketHasAColumnInUsageAndInTheBatchTotals() throws Exception {
        List<String> usage = SqlProbe.columns(workspace.file(), "usage");
        List<String> batch = SqlProbe.columns(workspace.file(), "import_batch");

        for (UsageBucket bucket : UsageBucket.all()) {
            assertTrue(usage.contains(bucket.key()), "usage." + bucket.key());
            assertTrue(batch.contains(bucket.key()), "import_batch." + bucket.key());
        }
    }

    @Test
    void everyColumnTheInsertBindsExists() throws Exception {
        List<String> usage = SqlProbe.columns(workspace.file(), "usage");

        for (String column : UsageColumns.INSERTED) {
            assertTrue(usage.contains(column), "usage." + column);
        }
    }
}
