package dev.slimline.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One official base image in the catalog: what it weighs, how many layers it brings and the facts that
 * decide whether an application can move onto it.
 *
 * @param image          repository, normalised ({@code python}, {@code gcr.io/distroless/base-debian12})
 * @param tag            the catalog's tag; aliases name the same content
 * @param runtime        what the image runs ({@code python}, {@code node}, {@code java}, {@code os}, {@code static})
 * @param runtimeVersion version line of that runtime ({@code 3.11}, {@code 18}, {@code debian12})
 * @param preinstalled   name of a package set (package-sizes.yaml) the image already carries, or null
 * @param sizeBytes      uncompressed size as {@code docker image ls} prints it
 * @param estimated      true when size or layers were not read from a measurement of this exact tag
 * @param jlinkOn        for a JDK image that carries jlink, jdeps and the jmods: the base a runtime jlink'd from it
 *                       runs on (same libc), or null
 */
public record BaseImage(
        String image,
        String tag,
        List<String> aliases,
        ImageFamily family,
        String runtime,
        String runtimeVersion,
        Role role,
        Libc libc,
        boolean shell,
        PackageManager packageManager,
        String preinstalled,
        long sizeBytes,
        int layers,
        String source,
        String date,
        boolean estimated,
        String jlinkOn) {

    /** Whether the image is meant to run an application or only to build one. */
    public enum Role { RUN, BUILD }

    /** The C library applications on the image link against. */
    public enum Libc { GLIBC, MUSL, NONE }

    public BaseImage {
        Objects.requireNonNull(image, "image");
        tag = tag == null ? "" : tag;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** {@code image:tag}, or just the image for tagless entries such as {@code scratch}. */
    public String reference() {
        return tag.isEmpty() ? image : image + ":" + tag;
    }

    public Optional<String> preinstalledSet() {
        return Optional.ofNullable(preinstalled);
    }

    /** The base a jlink'd runtime from this JDK runs on, when the image can build one. */
    public Optional<String> jlinkRuntimeBase() {
        return Optional.ofNullable(jlinkOn);
    }

    /** Whether {@code candidateTag} names this entry. */
    public boolean answersTo(String candidateTag) {
        return tag.equals(candidateTag) || aliases.contains(candidateTag);
    }
}
