package dev.ratecard.report;

import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenarios reports are tested on: the headline example of docs/scenarios, and a copy of it whose scenario and
 * option names are hostile (formula starts, control characters, markup, a 2,000-character name, Cyrillic, Greek,
 * Arabic and CJK). Reports are dated {@link #DATE} so that the age of prices is fixed.
 */
public final class ReportFixtures {
    public static final String HEADLINE = "headline-qwen72b-100m.json";
    public static final String GATEWAY_FEES = "gateway-fees-vs-litellm-proxy.json";
    public static final String HOSTILE = "hostile-names.json";
    /** 328 days after the Together price's as-of date (2026-01-01), 16 after the RunPod GPU price's (2026-11-09). */
    public static final LocalDate DATE = LocalDate.parse("2026-11-25");

    private static final ScenarioService SERVICE = ScenarioService.bundled();

    private ReportFixtures() {
    }

    public static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/scenarios");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/scenarios not found above " + Path.of("").toAbsolutePath());
    }

    public static Path headlineFile() {
        return examples().resolve(HEADLINE);
    }

    /** The hostile scenario's text, from the test resources. */
    public static String hostileText() {
        try (InputStream in = Objects.requireNonNull(ReportFixtures.class.getResourceAsStream(HOSTILE), HOSTILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportInput example(String name) {
        try {
            return input(Files.readString(examples().resolve(name)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportInput headline() {
        return example(HEADLINE);
    }

    public static ReportInput hostile() {
        return input(hostileText(), HOSTILE);
    }

    public static ScenarioResult headlineResult() {
        return headline().result();
    }

    /** A report of {@code inputs} with every section, on A4, dated {@link #DATE}, without stored usage. */
    public static Report report(ReportInput... inputs) {
        return ReportBuilder.bundled().build(List.of(inputs), Optional.empty(), ReportOptions.all(DATE));
    }

    private static ReportInput input(String text, String file) {
        try {
            ScenarioDocument document = SERVICE.read(text, file);
            return ReportInput.of(document, SERVICE.evaluate(SERVICE.resolve(document, file)), "file " + file);
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
