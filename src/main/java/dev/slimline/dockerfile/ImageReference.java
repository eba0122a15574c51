package dev.slimline.dockerfile;

import dev.slimline.dockerfile.ImageReference;

import java.util.Locale;
import java.util.Optional;

/**
 * A parsed image reference as written in {@code FROM}, normalised the way the engine resolves it:
 * {@code docker.io/library/python:3.11@sha256:...} and {@code python:3.11} name the same repository.
 *
 * @param repository normalised repository ({@code python}, {@code bitnami/redis}, {@code gcr.io/distroless/base-debian12})
 * @param tag        the tag, empty when none was written
 * @param digest     the digest, empty when none was written
 */
public record ImageReference(String repository, String tag, String digest) {

    /** Parses {@code [registry/][namespace/]name[:tag][@digest]}. */
    public static ImageReference parse(String text) {
        String rest = text.trim();
        String digest = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = "";
        int colon = rest.lastIndexOf(':');
        // A colon after the last slash separates the tag; one before it belongs to a registry port.
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(normaliseRepository(rest), tag, digest);
    }

    private static String normaliseRepository(String repository) {
        String name = repository.toLowerCase(Locale.ROOT);
        for (String hub : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
            if (name.startsWith(hub)) {
                name = name.substring(hub.length());
                break;
            }
        }
        if (name.startsWith("library/")) {
            name = name.substring("library/".length());
        }
        return name;
    }

    /** The tag to look up: {@code latest} when none was written and no digest pins the image. */
    public String effectiveTag() {
        return tag.isEmpty() && digest.isEmpty() ? "latest" : tag;
    }

    public Optional<String> digestIfAny() {
        return digest.isEmpty() ? Optional.empty() : Optional.of(digest);
    }

    /** Whether an unresolved build argument is still in the reference ({@code python:${PY}}). */
    public boolean hasUnresolvedVariable() {
        return repository.contains("$") || tag.contains("$");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(repository);
        if (!tag.isEmpty()) {
            text.append(':').append(tag);
        }
        if (!digest.isEmpty()) {
            text.append('@').append(digest);
        }
        return text.toString();
    }
}
