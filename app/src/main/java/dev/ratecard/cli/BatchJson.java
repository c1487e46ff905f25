package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.store.ImportBatch;

/** A batch as {@code ratecard batches --json} prints it. */
final class BatchJson {
    private BatchJson() {
    }

    static ObjectNode batch(ImportBatch batch) {
        ObjectNode node = JsonOutput.object();
        node.put("batch", batch.id());
        node.put("file", batch.fileName());
        node.put("sha256", batch.sha256());
        node.put("format", batch.format());
        node.put("source_kind", batch.request().sourceKind());
        node.put("time_zone", batch.timeZone().getId());
        ObjectNode options = node.putObject("reader_options");
        batch.readerOptions().forEach(options::put);
        node.put("imported_at", batch.createdAt().toString());
        node.put("rows_read", batch.counts().read());
        node.put("rows_inserted", batch.counts().inserted());
        node.put("rows_duplicate", batch.counts().duplicates());
        node.put("rows_with_issues", batch.counts().withIssues());
        node.put("first", batch.inserted().range().map(r -> r.from().toString()).orElse(null));
        node.put("last", batch.inserted().range().map(r -> r.to().toString()).orElse(null));
        node.set("tokens", JsonOutput.counts(batch.inserted().totals()));
        ObjectNode reported = node.putObject("reported_cost");
        batch.inserted().reportedCost().forEach((currency, money) -> reported.put(currency, JsonOutput.amount(money)));
        return node;
    }
}
