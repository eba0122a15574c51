package dev.slimline.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SlimlineCommand.class.getPackage().getImplementationVersion();
        return new String[] {"slimline " + (version == null ? "development build" : version)};
    }
}
