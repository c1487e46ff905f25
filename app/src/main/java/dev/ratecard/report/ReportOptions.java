package dev.ratecard.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What goes into a report and how it is laid out.
 *
 * @param date the report's date: printed in its title, and the day prices are aged against (older than
 *             {@link #STALE_PRICE_DAYS} days is a caveat)
 */
public record ReportOptions(Set<ReportSection> sections, Paper paper, LocalDate date) {
    public static final int STALE_PRICE_DAYS = 90;

    public ReportOptions {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(date, "date");
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    }

    public static ReportOptions all(LocalDate date) {
        return new ReportOptions(ReportSection.all(), Paper.A4, date);
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }

    public ReportOptions withSections(Set<ReportSection> chosen) {
        return new ReportOptions(chosen, paper, date);
    }

    public ReportOptions withPaper(Paper chosen) {
        return new ReportOptions(sections, chosen, date);
    }
}
