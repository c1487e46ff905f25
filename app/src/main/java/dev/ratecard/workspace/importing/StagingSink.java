package dev.ratecard.workspace.importing;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.store.ImportSession;
import dev.ratecard.store.PreparedUsage;
import dev.ratecard.workspace.pipeline.ParallelSink;

/**
 * Feeds what a reader finds into an import session, whose transaction holds it until the file has been read
 * to its end. When the file is going to be refused anyway (a row with an error, and the user did not ask to
 * skip such rows), it stops staging at the first error, so that a bad file costs no more database work.
 * Records are prepared for the store on the reading thread and inserted on the writing one.
 */
final class StagingSink implements ParallelSink.Stages<PreparedUsage> {
    private final ImportSession session;
    private final boolean stopAtFirstError;
    private boolean sawError;

    StagingSink(ImportSession session, boolean stopAtFirstError) {
        this.session = session;
        this.stopAtFirstError = stopAtFirstError;
    }

    @Override
    public PreparedUsage prepare(UsageRecord record) {
        return session.prepare(record);
    }

    @Override
    public void accept(PreparedUsage usage) {
        if (staging()) {
            session.add(usage);
        }
    }

    @Override
    public void issue(ImportIssue issue) {
        sawError |= issue.isError();
        if (staging()) {
            session.addIssue(issue);
        }
    }

    private boolean staging() {
        return !(stopAtFirstError && sawError);
    }
}
