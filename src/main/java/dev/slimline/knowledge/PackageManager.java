package dev.slimline.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * The OS package manager of a base image, and how to install packages with it in one layer that leaves no index
 * or cache behind (each line below is what the distribution's own slim images do).
 */
public enum PackageManager {
    APT, APK, DNF, MICRODNF, NONE;

    public static PackageManager parse(String id) {
        return id == null ? NONE : valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** The shell commands (joined with {@code &&} into one RUN) that install {@code packages} and clean up. */
    public List<String> installCommands(List<String> packages) {
        String names = String.join(" ", packages);
        return switch (this) {
            case APT -> List.of("apt-get update", "apt-get install -y --no-install-recommends " + names,
                    "rm -rf /var/lib/apt/lists/*");
            case APK -> List.of("apk add --no-cache " + names);
            case DNF -> List.of("dnf install -y --setopt=install_weak_deps=False " + names, "dnf clean all",
                    "rm -rf /var/cache/dnf");
            case MICRODNF -> List.of("microdnf install -y --nodocs --setopt=install_weak_deps=0 " + names,
                    "microdnf clean all");
            case NONE -> throw new IllegalStateException("the image has no package manager to install " + names);
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
