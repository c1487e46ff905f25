package dev.ratecard.importers.usage;

import java.time.Instant;

/**
 * The four time columns OpenAI's dashboard exports start with: {@code start_time,end_time} (Unix seconds)
 * and {@code start_time_iso,end_time_iso}. The Unix columns are used; when the ISO ones disagree with them the
 * row is kept at the Unix time with a warning, since the file contradicts itself.
 */
final class OpenAiExportTimes {
    private final Field start;
    private final Field end;
    private final Field startIso;
    private final Field endIso;

    OpenAiExportTimes(FieldSet fields) {
        this.start = fields.required("start_time", "start_time_iso");
        this.end = fields.optional("end_time", "end_time_iso");
        this.startIso = fields.optional("start_time_iso");
        this.endIso = fields.optional("end_time_iso");
    }

    void span(Row row, Draft draft, ReadSession session) {
        Instant from = row.time(start);
        Instant to = row.timeOrNull(end);
        check(row, session, start, from, startIso);
        check(row, session, end, to, endIso);
        draft.span(from, to, row.name(end), row.text(end));
    }

    private static void check(Row row, ReadSession session, Field used, Instant value, Field iso) {
        if (value == null || row.name(used).equals(row.name(iso)) || row.text(iso) == null) {
            return;
        }
        Instant other = row.time(iso);
        if (!other.equals(value)) {
            session.warn(row.name(iso), row.text(iso), "disagrees with " + row.name(used) + " " + row.text(used)
                    + " (" + value + "); the row keeps " + row.name(used));
        }
    }
}
