package dev.ratecard.cli;

import dev.ratecard.platform.BuildVersion;
import picocli.CommandLine;

/** Gives picocli's {@code --version} the build's version. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Ratecard " + BuildVersion.current()};
    }
}
