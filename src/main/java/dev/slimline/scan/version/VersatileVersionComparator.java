package dev.slimline.scan.version;

import io.github.nscuro.versatile.VersionFactory;
import io.github.nscuro.versatile.spi.Version;

/**
 * An ecosystem's ordering from the versatile library (the version schemes of the vers specification, maintained for
 * Dependency-Track), for schemes slimline has no reason to hand-write: rpm, NuGet and Composer. A version the
 * scheme rejects raises {@link InvalidVersionException}, never a guessed order.
 */
final class VersatileVersionComparator implements VersionComparator {

    private final Ecosystem ecosystem;
    private final String scheme;

    /** {@code scheme} is a vers scheme name, see {@link io.github.nscuro.versatile.version.KnownVersioningSchemes}. */
    VersatileVersionComparator(Ecosystem ecosystem, String scheme) {
        this.ecosystem = ecosystem;
        this.scheme = scheme;
    }

    @Override
    public int compare(String a, String b) {
        return Integer.signum(parse(a).compareTo(parse(b)));
    }

    @Override
    public void validate(String version) {
        parse(version);
    }

    private Version parse(String version) {
        String text = VersionText.requireText(ecosystem.osvName(), version);
        try {
            return VersionFactory.forScheme(scheme, text);
        } catch (RuntimeException e) {
            // versatile reports bad input as its own InvalidVersionException or, for some schemes, a parse error.
            throw new InvalidVersionException(ecosystem, version, "not a " + scheme + " version");
        }
    }
}
