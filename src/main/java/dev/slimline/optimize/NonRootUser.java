package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;

import dev.slimline.knowledge.PackageManager;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Creating the non-root user a runtime stage switches to, for the base's distribution: shadow's groupadd/useradd on
 * Debian and RHEL-like images, BusyBox addgroup/adduser on Alpine, nothing on distroless (no shell: the numeric
 * {@code USER} alone is used; those images carry a {@code nonroot} uid 65532 in /etc/passwd).
 */
final class NonRootUser {

    private NonRootUser() {
    }

    /**
     * The RUN that creates {@code name} with uid and gid {@code uid}, or empty when the base cannot run one.
     *
     * @param home whether the user gets a home directory (apps that write caches under ~ need one)
     */
    static Optional<GeneratedInstruction.Run> create(BaseImage base, String name, int uid, boolean home) {
        return switch (base.packageManager()) {
            case APK -> Optional.of(GeneratedInstruction.Run.of("addgroup -g " + uid + " -S " + name,
                    "adduser -u " + uid + " -S -G " + name + (home ? "" : " -H") + " -s /sbin/nologin " + name));
            case APT, DNF -> Optional.of(GeneratedInstruction.Run.of(shadow(name, uid, home)));
            // ubi-minimal carries no shadow-utils: installed for the two commands (a few hundred kB)
            case MICRODNF -> Optional.of(GeneratedInstruction.Run.of(Stream.concat(
                    PackageManager.MICRODNF.installCommands(List.of("shadow-utils")).stream(),
                    shadow(name, uid, home).stream()).toList()));
            case NONE -> Optional.empty();
        };
    }

    private static List<String> shadow(String name, int uid, boolean home) {
        return List.of("groupadd --gid " + uid + " " + name, "useradd --uid " + uid + " --gid " + uid
                + (home ? " --create-home" : " --no-create-home") + " --shell /usr/sbin/nologin " + name);
    }
}
