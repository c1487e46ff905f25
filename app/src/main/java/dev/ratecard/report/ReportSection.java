package dev.ratecard.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The parts of a report a user may leave out. The title is always there. */
public enum ReportSection implements Keyed {
    /** The recommended option and what it saves per month and per year. */
    SUMMARY("Summary"),
    /** Monthly cost per option, its breakdown, effective $/1M tokens and utilisation. */
    COMPARISON("Comparison"),
    /** Where each pair of options breaks even, or why it never does. */
    BREAK_EVEN("Break-even"),
    /** One input at a time: what it does to the monthly cost and the break-even. */
    SENSITIVITY("Sensitivity"),
    /** Cost over volume, monthly cost broken down, the tornado and the projection (with the projection's figures). */
    CHARTS("Charts"),
    /** The conclusions in plain words. */
    FINDINGS("Findings"),
    /** Every parameter with its value and source, and the usage behind the workload. */
    ASSUMPTIONS("Assumptions"),
    /** What the numbers carry: unmatched models, assumed tiers, old prices, rough defaults, substitutions. */
    CAVEATS("Caveats");

    private final String title;

    ReportSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The name on the command line: {@code summary}, {@code break-even} … */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportSection> fromKey(String key) {
        return Keyed.fromKey(ReportSection.class, key);
    }

    public static Set<ReportSection> all() {
        return EnumSet.allOf(ReportSection.class);
    }

    public static String keys() {
        return Arrays.stream(values()).map(ReportSection::key).collect(Collectors.joining(", "));
    }
}
