package dev.ratecard.store;

import dev.ratecard.platform.AppDirectories;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseLocationTest {
    private static final AppDirectories HOME = AppDirectories.under(Path.of("/home/ada/ratecard"));

    @Test
    void anExplicitFileWinsOverTheVariable() {
        assertEquals(Path.of("/tmp/explicit.db"),
                DatabaseLocation.resolve(Path.of("/tmp/explicit.db"), Map.of(DatabaseLocation.VARIABLE, "/tmp/env.db"), HOME));
    }

    @Test
    void theVariableWinsOverTheDataFolder() {
        assertEquals(Path.of("/tmp/env.db"), DatabaseLocation.resolve(null, Map.of(DatabaseLocation.VARIABLE, " /tmp/env.db "), HOME));
    }

    @Test
    void withoutEitherTheDataFoldersDefaultIsUsed() {
        assertEquals(Path.of("/home/ada/ratecard/data/workspace.db"), DatabaseLocation.resolve(null, Map.of(), HOME));
        assertEquals(Path.of("/home/ada/ratecard/data/workspace.db"),
                DatabaseLocation.resolve(null, Map.of(DatabaseLocation.VARIABLE, "  "), HOME));
    }
}
