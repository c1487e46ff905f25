package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alias table, mapping profiles and workspace settings. */
class SmallRepositoriesTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void anAliasMapsOneRawNameAndPuttingItAgainReplacesTheTarget() {
        AliasRepository aliases = workspace.database().aliases();
        aliases.put(new ModelAlias("prod-gpt4o", "openai", "gpt-4o"));
        aliases.put(new ModelAlias("claude-prod", "anthropic", "claude-3-5-sonnet-20241022"));

        aliases.put(new ModelAlias("prod-gpt4o", "openai", "gpt-4o-2024-08-06"));

        assertEquals(List.of(new ModelAlias("claude-prod", "anthropic", "claude-3-5-sonnet-20241022"),
                new ModelAlias("prod-gpt4o", "openai", "gpt-4o-2024-08-06")), aliases.list());
        assertEquals(Optional.empty(), aliases.find("PROD-GPT4O"), "raw names are matched exactly as logs write them");
        assertTrue(aliases.remove("claude-prod"));
        assertFalse(aliases.remove("claude-prod"));
    }

    @Test
    void anAliasNeedsAllThreeParts() {
        assertThrows(IllegalArgumentException.class, () -> new ModelAlias("raw", " ", "gpt-4o"));
        assertThrows(NullPointerException.class, () -> new ModelAlias(null, "openai", "gpt-4o"));
    }

    @Test
    void savingAProfileUnderANameInUseReplacesIt() {
        MappingProfileRepository profiles = workspace.database().mappingProfiles();
        profiles.save("Team export", "{\"model\":\"Model\"}");

        MappingProfile replaced = profiles.save("team EXPORT ", "{\"model\":\"Model name\",\"tokens\":\"Tokens\"}");

        assertEquals(new MappingProfile("Team export", "{\"model\":\"Model name\",\"tokens\":\"Tokens\"}", TempWorkspace.NOW),
                replaced);
        assertEquals(List.of(replaced), profiles.list());
        assertThrows(IllegalArgumentException.class, () -> profiles.save("Broken", "model=Model"));
        assertTrue(profiles.delete("TEAM EXPORT"));
        assertEquals(List.of(), profiles.list());
    }

    @Test
    void settingsAreKeyedTextThatCanBeReplacedAndRemoved() {
        SettingsRepository settings = workspace.database().settings();
        settings.put("currency", "USD");
        settings.put("last-scenario", "3");

        settings.put("currency", "EUR");

        assertEquals(Map.of("currency", "EUR", "last-scenario", "3"), settings.all());
        assertEquals(Optional.of("EUR"), settings.get("currency"));
        assertTrue(settings.remove("currency"));
        assertEquals(Optional.empty(), settings.get("currency"));
    }
}
