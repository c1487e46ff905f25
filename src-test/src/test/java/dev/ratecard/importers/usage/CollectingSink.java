package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageRecord;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a read sends, for tests of small files. */
final class CollectingSink implements UsageSink {
    final List<UsageRecord> records = new ArrayList<>();
    final List<ImportIssue> issues = new ArrayList<>();

    @Override
    public void accept(UsageRecord record) {
        records.add(record);
    }

    @Override
    public void issue(ImportIssue issue) {
        issues.add(issue);
    }
}
