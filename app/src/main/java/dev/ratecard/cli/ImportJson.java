package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.workspace.importing.FileRead;
import dev.ratecard.workspace.importing.ImportResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code ratecard import --json}: one object per file under {@code files}. */
final class ImportJson {
    private ImportJson() {
    }

    static ObjectNode file(ImportResult result) {
        ObjectNode node = JsonOutput.object();
        node.put("file", result.fileName());
        switch (result) {
            case ImportResult.Imported imported -> {
                node.put("status", imported.preview() ? "would_import" : "imported");
                if (!imported.preview()) {
                    node.put("batch", imported.batch().id());
                }
                read(node, imported.read());
                counts(node, imported.batch());
            }
            case ImportResult.Refused refused -> {
                node.put("status", "refused");
                node.put("reason", refused.reason());
                if (refused.read() != null) {
                    read(node, refused.read());
                    if (refused.validRows() != null) {
                        node.set("valid_rows", counts(JsonOutput.object(), refused.validRows()));
                    }
                } else {
                    node.set("issues", issues(refused.issues()));
                }
            }
            case ImportResult.AlreadyImported already -> {
                node.put("status", "already_imported");
                node.put("batch", already.existing().id());
                node.put("sha256", already.sha256());
            }
        }
        return node;
    }

    private static void read(ObjectNode node, FileRead read) {
        ReadSummary summary = read.summary();
        node.put("sha256", read.sha256());
        node.put("format", read.format().format().id());
        node.put("format_detected", read.format().wasDetected());
        if (read.format().wasDetected()) {
            node.put("format_confidence", read.format().confidence().name().toLowerCase(Locale.ROOT));
        }
        node.put("format_reason", read.format().reason());
        node.put("time_zone", read.timeZone().getId());
        node.put("file_has_zone_less_times", summary.naiveTimeZone() != null);
        node.put("encoding", summary.encoding());
        node.put("rows_read", summary.rowsRead());
        node.put("records", summary.recordsEmitted());
        node.put("rows_rejected", summary.rowsRejected());
        node.put("rows_left_out", summary.rowsSkipped());
        ObjectNode leftOut = node.putObject("left_out_by_reason");
        summary.skippedByReason().forEach(leftOut::put);
        node.put("first", summary.firstTime() == null ? null : summary.firstTime().toString());
        node.put("last", summary.lastTime() == null ? null : summary.lastTime().toString());
        node.set("tokens", JsonOutput.counts(summary.totals()));
        ObjectNode reported = node.putObject("reported_cost");
        for (Map.Entry<String, BigDecimal> cost : summary.reportedCostByCurrency().entrySet()) {
            reported.put(cost.getKey(), JsonOutput.decimal(cost.getValue()));
        }
        node.put("issue_count", summary.issueCount());
        node.set("issues", issues(summary.issues()));
    }

    private static ObjectNode counts(ObjectNode node, ImportBatch batch) {
        node.put("rows_new", batch.counts().inserted());
        node.put("rows_already_in_workspace", batch.counts().duplicates());
        node.put("rows_with_issues", batch.counts().withIssues());
        return node;
    }

    private static ArrayNode issues(List<ImportIssue> issues) {
        ArrayNode array = JsonOutput.array();
        issues.forEach(issue -> array.add(JsonOutput.issue(issue)));
        return array;
    }
}
