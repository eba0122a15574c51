package dev.slimline.image;

import java.util.Locale;

/**
 * An image platform as {@code --platform} and OCI index descriptors name it: {@code linux/amd64},
 * {@code linux/arm64}, {@code linux/arm/v7}.
 *
 * @param os e.g. {@code linux}
 * @param architecture in Go's names ({@code amd64}, {@code arm64}), as OCI indexes use them
 * @param variant e.g. {@code v7}, or empty
 */
public record Platform(String os, String architecture, String variant) {

    public Platform {
        variant = variant == null ? "" : variant;
    }

    /**
     * {@code os/arch[/variant]}.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    public static Platform parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("/", -1);
        if (parts.length < 2 || parts.length > 3 || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("platform '" + text + "': expected OS/ARCH[/VARIANT], e.g. linux/arm64");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    /**
     * The platform of an engine whose {@code docker info} reports {@code OSType} and {@code Architecture}; the
     * latter is the kernel's name ({@code x86_64}, {@code aarch64}), which images call {@code amd64}, {@code arm64}.
     */
    public static Platform ofEngine(String osType, String kernelArchitecture) {
        return switch (kernelArchitecture.toLowerCase(Locale.ROOT)) {
            case "x86_64", "amd64" -> new Platform(osType, "amd64", "");
            case "aarch64", "arm64" -> new Platform(osType, "arm64", "");
            case "armv7l" -> new Platform(osType, "arm", "v7");
            case "armv6l" -> new Platform(osType, "arm", "v6");
            case "i386", "i686" -> new Platform(osType, "386", "");
            default -> new Platform(osType, kernelArchitecture.toLowerCase(Locale.ROOT), "");
        };
    }

    /**
     * Whether a manifest for {@code other} serves this platform: same OS and architecture, and the same variant
     * when both name one ({@code linux/arm64} takes {@code linux/arm64/v8}).
     */
    public boolean accepts(Platform other) {
        return os.equals(other.os) && architecture.equals(other.architecture)
                && (variant.isEmpty() || other.variant.isEmpty() || variant.equals(other.variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }
}
