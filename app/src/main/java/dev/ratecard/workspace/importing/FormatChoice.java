package dev.ratecard.workspace.importing;

import dev.ratecard.importers.usage.Confidence;
import dev.ratecard.importers.usage.Detection;
import dev.ratecard.importers.usage.UsageFormat;

import java.util.Objects;

/**
 * How a file's format was settled: detected from its content (with how sure and why), or given by the user.
 *
 * @param confidence how sure detection was, or {@code null} when the user gave the format
 * @param reason     why, in words for the user
 */
public record FormatChoice(UsageFormat format, Confidence confidence, String reason) {
    public FormatChoice {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reason, "reason");
    }

    static FormatChoice detected(Detection detection) {
        return new FormatChoice(detection.format(), detection.confidence(), detection.reason());
    }

    static FormatChoice given(UsageFormat format, boolean throughMapping) {
        return new FormatChoice(format, null, throughMapping ? "read through the chosen column mapping" : "given by the user");
    }

    public boolean wasDetected() {
        return confidence != null;
    }
}
