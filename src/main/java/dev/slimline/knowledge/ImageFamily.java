package dev.slimline.knowledge;

import java.util.Locale;

/** How much of a distribution an image carries, from most to least. */
public enum ImageFamily {
    /** The default tag: a full distribution, often with compilers and -dev headers (buildpack-deps). */
    FULL,
    /** A trimmed glibc distribution with a shell and package manager (-slim, JRE images). */
    SLIM,
    /** musl libc, BusyBox shell, apk. */
    ALPINE,
    /** Only the runtime and its libraries: no shell, no package manager. */
    DISTROLESS,
    /** The empty image. */
    SCRATCH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
