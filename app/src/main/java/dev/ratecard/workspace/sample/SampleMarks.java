package dev.ratecard.workspace.sample;

import dev.ratecard.store.SettingsRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which batches and which scenario are the sample's, kept in the workspace's own settings so that the marks travel
 * with the database: {@code sample.state} ({@code installed} or {@code removed}; absent before the sample was ever
 * offered), {@code sample.batches} (batch ids) and {@code sample.scenario} (the scenario's id and the SHA-256 of the
 * JSON it was seeded with, so that an edited scenario is recognised as the user's).
 */
final class SampleMarks {
    static final String STATE = "sample.state";
    static final String BATCHES = "sample.batches";
    static final String SCENARIO = "sample.scenario";
    static final String INSTALLED = "installed";
    static final String REMOVED = "removed";

    /** The seeded scenario: its id and the digest of its JSON as seeded. */
    record SeededScenario(long id, String sha256) {
    }

    private final SettingsRepository settings;

    SampleMarks(SettingsRepository settings) {
        this.settings = settings;
    }

    Optional<String> state() {
        return settings.get(STATE);
    }

    Set<Long> batches() {
        return settings.get(BATCHES).filter(text -> !text.isBlank())
                .map(text -> Arrays.stream(text.split(",")).map(Long::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .map(Set::copyOf).orElse(Set.of());
    }

    Optional<SeededScenario> scenario() {
        return settings.get(SCENARIO).map(text -> {
            int colon = text.indexOf(':');
            return new SeededScenario(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
        });
    }

    void installed(Set<Long> batchIds, Optional<SeededScenario> scenario) {
        settings.put(BATCHES, batchIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        scenario.ifPresentOrElse(s -> settings.put(SCENARIO, s.id() + ":" + s.sha256()), () -> settings.remove(SCENARIO));
        settings.put(STATE, INSTALLED);
    }

    void removed() {
        settings.remove(BATCHES);
        settings.remove(SCENARIO);
        settings.put(STATE, REMOVED);
    }

    static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
