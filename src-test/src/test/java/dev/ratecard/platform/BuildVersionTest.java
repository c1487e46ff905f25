package dev.ratecard.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildVersionTest {

    private static InputStream properties(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsTheVersionTheBuildWrote() {
        assertEquals("1.4.0", BuildVersion.from(properties("version=1.4.0\n")));
    }

    @Test
    void callsABuildWithoutAVersionADevelopmentBuild() {
        // Gets: the same words from the CLI and from Help › About, never "unknown" from one and a blank from the other.
        assertEquals(BuildVersion.DEVELOPMENT, BuildVersion.from(null));
        assertEquals(BuildVersion.DEVELOPMENT, BuildVersion.from(properties("other=1\n")));
        assertEquals(BuildVersion.DEVELOPMENT, BuildVersion.from(properties("version=${project.version}\n")));
    }

    @Test
    void thisBuildsResourceWasFilledInByMaven() {
        assertTrue(BuildVersion.current().matches("\\d+\\.\\d+.*"), BuildVersion.current());
    }
}
