package dev.slimline.ci;

import dev.slimline.ToolVersion;
import dev.slimline.io.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The release this slimline is, so {@code ci init} can pin the workflow to it by default: its version (from the jar
 * manifest) and, when it runs from the release jar, that jar's sha256 (the same bytes the release publishes).
 */
public final class RunningRelease {

    private RunningRelease() {
    }

    public static Optional<String> version() {
        String version = ToolVersion.current();
        return version.equals(ToolVersion.DEVELOPMENT) ? Optional.empty() : Optional.of(version);
    }

    /** Empty when slimline runs from classes (a development build), not from a jar. */
    public static Optional<String> jarSha256() {
        Path jar;
        try {
            jar = Path.of(RunningRelease.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Sha256.of(Files.newInputStream(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
