package dev.ratecard.importers.usage;

import dev.ratecard.importers.text.CsvHeader;

import java.util.List;

/**
 * The dashboard's {@code completions_usage_<from>_<to>.csv}: {@code start_time,end_time} (Unix seconds,
 * or the {@code *_iso} columns), then the Usage API's result fields by name, one row per minute bucket and
 * group. {@code num_model_requests} is written as {@code 3.0}. A period without usage exports only the
 * time columns; such rows are skipped as "no usage".
 */
final class OpenAiUsageCsvReader implements RowReader {
    private final OpenAiCompletionsUsage usage = new OpenAiCompletionsUsage();
    private final OpenAiExportTimes times = new OpenAiExportTimes(usage.fields);

    @Override
    public FieldSet fields() {
        return usage.fields;
    }

    @Override
    public void checkHeader(CsvHeader header, Cells columns, List<HeaderProblem> problems, ReadSession session) {
        if (!columns.has(usage.inputTokens) && !columns.has(usage.outputTokens) && !columns.has(usage.requests)) {
            session.fileWarning("the export has no usage columns, only times: OpenAI writes that for a period without usage");
        }
    }

    @Override
    public void read(Row row, ReadSession session) {
        if (!usage.hasUsage(row)) {
            session.skip("no usage in the period");
            return;
        }
        Draft draft = usage.convert(row, session);
        times.span(row, draft, session);
        session.emit(draft);
    }
}
