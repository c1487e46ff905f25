package dev.ratecard.ui.usage;

import dev.ratecard.importers.usage.UsageFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * A choice of the wizard's format override: detect the format from the content, read the file as a given format,
 * or map its columns by hand ({@link UsageFormat#MAPPED_CSV}).
 *
 * @param format the format, or {@code null} to detect it
 */
public record FormatOption(UsageFormat format, String label) {
    public static final FormatOption DETECT = new FormatOption(null, "Detect from the content");

    public static FormatOption of(UsageFormat format) {
        return format == UsageFormat.MAPPED_CSV
                ? new FormatOption(format, "Map the columns myself (any CSV)")
                : new FormatOption(format, format.description() + " (" + format.id() + ")");
    }

    /** Detect first, then every format, the hand mapping last. */
    public static List<FormatOption> all() {
        List<FormatOption> options = new ArrayList<>();
        options.add(DETECT);
        for (UsageFormat format : UsageFormat.values()) {
            if (format != UsageFormat.MAPPED_CSV) {
                options.add(of(format));
            }
        }
        options.add(of(UsageFormat.MAPPED_CSV));
        return List.copyOf(options);
    }

    public boolean isMapping() {
        return format == UsageFormat.MAPPED_CSV;
    }

    @Override
    public String toString() {
        return label;
    }
}
