package dev.ratecard.ui.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The example scenarios a new scenario starts from: the files of {@code docs/scenarios}, bundled with the app.
 * Resources cannot be listed from a jar, so the files are named here, the headline example first.
 */
final class ScenarioTemplates {
    static final String FOLDER = "dev/ratecard/ui/scenarios/templates/";
    static final String HEADLINE = "headline-qwen72b-100m.json";
    static final List<String> FILES = List.of(HEADLINE, "gateway-fees-vs-litellm-proxy.json",
            "substitution-owned-vs-rented.json");

    /** @param text the template's scenario file */
    record Template(String file, String text) {
        Template {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    private ScenarioTemplates() {
    }

    /** Every bundled template, the headline example first; a missing one is a broken build. */
    static List<Template> bundled() {
        List<Template> templates = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = ScenarioTemplates.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("the example scenario " + file + " is missing from the build");
                }
                templates.add(new Template(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the example scenario " + file, e);
            }
        }
        return templates;
    }
}
