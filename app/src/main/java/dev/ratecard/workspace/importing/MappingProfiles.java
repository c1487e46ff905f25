package dev.ratecard.workspace.importing;

import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.ColumnMappingJson;
import dev.ratecard.store.MappingProfile;
import dev.ratecard.store.MappingProfileRepository;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Column mappings kept in the workspace by name, as the JSON profiles users can also write by hand. */
public final class MappingProfiles {
    private final MappingProfileRepository profiles;
    private final ColumnMappingJson json = new ColumnMappingJson();

    public MappingProfiles(MappingProfileRepository profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** Saves {@code mapping} under its own name, replacing a profile of that name. */
    public MappingProfile save(ColumnMapping mapping) {
        return profiles.save(mapping.name(), json.write(mapping));
    }

    /**
     * The mapping saved as {@code name} (ignoring case), or empty.
     *
     * @throws IllegalArgumentException if the saved profile is no longer a valid mapping, naming what is wrong
     */
    public Optional<ColumnMapping> load(String name) {
        return profiles.find(name).map(profile -> {
            try {
                return json.read(profile.json());
            } catch (IllegalArgumentException broken) {
                throw new IllegalArgumentException("the saved mapping profile \"" + profile.name() + "\" cannot be used: "
                        + broken.getMessage(), broken);
            }
        });
    }

    /** Reads a profile from its JSON text, as a file holds it. */
    public ColumnMapping parse(String profileJson) {
        return json.read(profileJson);
    }

    public List<String> names() {
        return profiles.list().stream().map(MappingProfile::name).toList();
    }
}
