package dev.ratecard.workspace.scenarios;

import dev.ratecard.scenario.InvalidParameterException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One resolution of one file: where errors are reported (file and JSON path), the defaults that fill what the file
 * leaves out, and the notes on which defaults were used.
 */
final class Resolution {
    /** A value and where it came from. */
    record Sourced<T>(T value, String source) {
    }

    private final String file;
    private final SelfHostDefaults defaults;
    private final List<String> notes = new ArrayList<>();

    Resolution(String file, SelfHostDefaults defaults) {
        this.file = file;
        this.defaults = defaults;
    }

    String file() {
        return file;
    }

    List<String> notes() {
        return notes;
    }

    ScenarioFileException error(String path, String reason) {
        return new ScenarioFileException(file, path, reason);
    }

    /** Runs a model constructor and reports its range checks at {@code base} + the field they name. */
    <T> T at(String base, Supplier<T> build) throws ScenarioFileException {
        try {
            return build.get();
        } catch (InvalidParameterException e) {
            throw error(base + "." + e.field(), e.reason() + " (got " + e.value() + ")");
        }
    }

    /** The file's value, else the bundled default for {@code key}, else an error at {@code path}. */
    Sourced<BigDecimal> decimal(BigDecimal given, String key, String path) throws ScenarioFileException {
        if (given != null) {
            return new Sourced<>(given, "scenario");
        }
        SelfHostDefaults.Entry entry = defaults.get(key).filter(e -> e.value() != null)
                .orElseThrow(() -> error(path, "is required: there is no published default for it"));
        return new Sourced<>(entry.value(), entry.citation());
    }

    Sourced<Integer> count(Integer given, String key, String path) throws ScenarioFileException {
        if (given != null) {
            return new Sourced<>(given, "scenario");
        }
        Sourced<BigDecimal> d = decimal(null, key, path);
        return new Sourced<>(d.value().intValueExact(), d.source());
    }

    /**
     * "field: source | field: source", or the file's own {@code source} text when every field came from the file.
     * Parts are separated by {@link dev.ratecard.scenario.Sources#SEPARATOR}, which no source text contains.
     */
    static String sources(String ownSource, List<String> fields, List<? extends Sourced<?>> values) {
        boolean allGiven = values.stream().allMatch(v -> v.source().equals("scenario"));
        if (allGiven) {
            return ownSource != null ? ownSource : "scenario";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String s = values.get(i).source();
            parts.add(fields.get(i) + ": " + (s.equals("scenario") ? "scenario" + (ownSource == null ? "" : " (" + ownSource + ")") : s));
        }
        return String.join(dev.ratecard.scenario.Sources.SEPARATOR, parts);
    }
}
