package dev.ratecard.installer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The .deb the installer profile built (unless told to skip it), unpacked with dpkg-deb as dpkg would install it:
 * the desktop entry and file type, the scripts that put {@code ratecard} on the PATH, and an application that
 * still starts from its AppCDS archive after jpackage's copy and dpkg-deb's packing.
 */
@EnabledIf("packageWasBuilt")
class DebPackageTest {
    private static final String PACKAGE_PROPERTY = "ratecard.package";
    private static final Pattern LEFT_OVER_PLACEHOLDER = Pattern.compile("\\$\\{|APPLICATION_[A-Z]|DESKTOP_[A-Z]");

    @TempDir
    static Path unpacked;
    private static Path deb;

    @TempDir
    Path scratch;

    static boolean packageWasBuilt() throws IOException {
        return debIn(System.getProperty(PACKAGE_PROPERTY, "")).isPresent();
    }

    private static Optional<Path> debIn(String folder) throws IOException {
        Path path = Path.of(folder);
        if (folder.isEmpty() || !Files.isDirectory(path)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(file -> file.toString().endsWith(".deb")).findFirst();
        }
    }

    @BeforeAll
    static void unpack() throws Exception {
        deb = debIn(System.getProperty(PACKAGE_PROPERTY)).orElseThrow();
        for (List<String> command : List.of(
                List.of("dpkg-deb", "--extract", deb.toString(), unpacked.resolve("root").toString()),
                List.of("dpkg-deb", "--control", deb.toString(), unpacked.resolve("control").toString()))) {
            AppImage.Run run = AppImage.run(command, "", unpacked);
            assertEquals(0, run.exitCode(), command + ": " + run.stderr());
        }
    }

    @Test
    void namesThePackageRatecard() throws Exception {
        List<String> control = Files.readAllLines(unpacked.resolve("control").resolve("control"));

        assertTrue(control.contains("Package: ratecard"), control.toString());
        assertTrue(control.contains("Version: " + System.getProperty("ratecard.version").replace("-SNAPSHOT", "")),
                control.toString());
    }

    @Test
    void addsAMenuEntryThatOpensScenarioFiles() throws Exception {
        List<String> entry = Files.readAllLines(unpacked.resolve("root/opt/ratecard/lib/ratecard-Ratecard.desktop"));

        assertTrue(entry.contains("Exec=/opt/ratecard/bin/Ratecard %f"), entry.toString());
        assertTrue(entry.contains("Categories=Office;Finance;"), entry.toString());
        assertTrue(entry.contains("MimeType=application/x-ratecard-scenario"), entry.toString());
        assertTrue(entry.contains("Icon=/opt/ratecard/lib/Ratecard.png"), entry.toString());
        String mimeTypes = Files.readString(unpacked.resolve("root/opt/ratecard/lib/ratecard-Ratecard-MimeInfo.xml"));
        assertTrue(mimeTypes.contains("<mime-type type=\"application/x-ratecard-scenario\">"), mimeTypes);
        assertTrue(mimeTypes.contains("<glob pattern=\"*.ratecard\">"), mimeTypes);
    }

    @Test
    void linksTheCommandOnInstallAndUnlinksItOnRemoval() throws Exception {
        String postinst = Files.readString(unpacked.resolve("control/postinst"));
        String prerm = Files.readString(unpacked.resolve("control/prerm"));

        for (String script : List.of(postinst, prerm)) {
            assertTrue(script.contains("command_link=/usr/bin/ratecard\nlauncher=/opt/ratecard/bin/Ratecard\n"),
                    script);
            assertFalse(LEFT_OVER_PLACEHOLDER.matcher(script).find(), "a placeholder was not filled in:\n" + script);
        }
        assertTrue(postinst.contains("ln -sfn \"$launcher\" \"$command_link\""), postinst);
        assertTrue(prerm.contains("rm -f \"$command_link\""), prerm);
        assertTrue(Files.isExecutable(unpacked.resolve("root/opt/ratecard/bin/Ratecard")));
    }

    @Test
    void installsAnApplicationThatStartsFromItsArchive() throws Exception {
        AppImage installed = AppImage.at(unpacked.resolve("root/opt/ratecard"));

        String source = installed.launcherClassSource(scratch);

        assertTrue(source.startsWith("shared objects file"),
                "the packed jars no longer match the archive (did their modification times change?); the launcher"
                        + " class came from " + source);
    }
}
