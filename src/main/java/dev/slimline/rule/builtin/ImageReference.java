package dev.slimline.rule.builtin;

import java.util.Optional;

/** An image reference split into repository, tag and digest ({@code registry:5000/team/app:1.2@sha256:...}). */
record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {

    static ImageReference parse(String reference) {
        String rest = reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        Optional<String> tag = Optional.empty();
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    /** The last path element of the repository: {@code python} for {@code docker.io/library/python}. */
    String shortName() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }
}
