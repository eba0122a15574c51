package dev.slimline.cli;

import dev.slimline.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints {@link ToolVersion}: the version Maven writes into the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"slimline " + ToolVersion.current()};
    }
}
