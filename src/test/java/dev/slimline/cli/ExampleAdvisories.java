package dev.slimline.cli;

import dev.slimline.cli.FixtureAdvisories.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture OSV database for the example services (examples/monorepo), written the way OSV's Debian, npm and PyPI
 * exports are: Debian records keyed by source package in {@code Debian:12}, GHSA/PYSEC records for language packages,
 * ECOSYSTEM ranges, CVSS v3 vectors. Each advisory names a real vulnerability of the package it is filed against;
 * where the published advisory covers the version the example images carry (cross-spawn, brace-expansion, glob,
 * eslint, pip, setuptools, redis) its id and ranges are kept, the others are fixture records in the same shape:
 * HANDLEBARS and MERCURIAL have made-up ids (and no CVE alias), and Debian fixes are placed just above the installed version (the
 * stand-in images follow bookworm's security updates, so a fixed version written down today would be installed
 * tomorrow).
 *
 * <p>What the compare test relies on: some advisories hit packages only the original images carry (build tools,
 * dev dependencies), some hit packages the optimized ones keep at the same version, two are fixed below what is
 * installed and must match nothing, and none hits a package only the optimized images have.
 */
final class ExampleAdvisories {

    // Debian sources only the originals carry (buildpack-deps: compilers, VCS, image and XML libraries)
    static final String LIBXML2 = "DEBIAN-CVE-2025-6021";
    static final String GIT = "DEBIAN-CVE-2025-48384";
    static final String BINUTILS = "DEBIAN-CVE-2025-0840";
    static final String IMAGEMAGICK = "DEBIAN-CVE-2023-34151";
    // Debian sources both carry; some of their binaries (libc6-dev, gcc-12, zlib1g-dev, libssl-dev) only the originals
    static final String GLIBC = "DEBIAN-CVE-2019-1010022";
    static final String GCC = "DEBIAN-CVE-2023-4039";
    static final String ZLIB = "DEBIAN-CVE-2023-45853";
    static final String OPENSSL = "DEBIAN-CVE-2024-13176";
    /** openssl fixed long before the installed 3.0.x: must match nothing. */
    static final String OPENSSL_FIXED_LONG_AGO = "DSA-5532-1";
    // npm: the dev dependencies only the originals install, and npm's own bundled packages both carry
    static final String HANDLEBARS = "GHSA-w8m3-qh4r-c92v";
    static final String ESLINT = "GHSA-p5wg-g6qr-c7cg";
    static final String CROSS_SPAWN = "GHSA-3xgq-45jj-v275";
    static final String BRACE_EXPANSION = "GHSA-v6h2-p8h4-qcjw";
    static final String GLOB = "GHSA-5j98-mcp5-4vw2";
    // PyPI: Debian's mercurial only in the originals, the worker's requirements in both
    static final String MERCURIAL = "PYSEC-2026-17";
    static final String PIP = "GHSA-mq26-g339-26xf";
    static final String SETUPTOOLS = "GHSA-cx63-2mw6-8hw5";
    static final String REDIS = "GHSA-24wv-mv5m-xv4h";
    /** celery fixed in 5.2.2, the worker pins 5.2.6: must match nothing. */
    static final String CELERY_FIXED_LONG_AGO = "GHSA-q4xr-rc97-m4xx";

    private ExampleAdvisories() {
    }

    /**
     * The archives for {@link FixtureAdvisories#load}: ecosystem folder to records. {@code debianSources} maps source
     * package to the source version the original image has installed (from its SBOM), for the fixes placed above it.
     */
    static Map<String, Map<String, String>> archives(Map<String, String> debianSources) {
        Map<String, String> debian = new LinkedHashMap<>();
        debian(debian, LIBXML2, "libxml2: integer overflow in xmlBuildQName() leads to a stack buffer overflow",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "libxml2", fixAbove(debianSources, "libxml2"));
        debian(debian, GIT, "git: arbitrary file write when cloning a repository with crafted submodule paths",
                "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:H/A:H", "git", fixAbove(debianSources, "git"));
        debian(debian, BINUTILS, "binutils: stack-based buffer overflow in objdump's disassemble_bytes",
                "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:L", "binutils", Span.unfixed());
        debian(debian, IMAGEMAGICK, "imagemagick: undefined behaviour casting double to size_t in the SVG and MVG coders",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H", "imagemagick", Span.unfixed());
        debian(debian, GLIBC, "glibc: stack guard protection bypass",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "glibc", Span.unfixed());
        debian(debian, GCC, "gcc-12: -fstack-protector does not guard dynamically-sized local variables on AArch64",
                "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N", "gcc-12", Span.unfixed());
        debian(debian, ZLIB, "zlib: integer overflow and heap overflow in MiniZip's zipOpenNewFileInZip4_64",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "zlib", Span.unfixed());
        debian(debian, OPENSSL, "openssl: timing side-channel in ECDSA signature computation",
                "CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N", "openssl", fixAbove(debianSources, "openssl"));
        debian.put(OPENSSL_FIXED_LONG_AGO + ".json", FixtureAdvisories.advisory(OPENSSL_FIXED_LONG_AGO,
                List.of("CVE-2023-5363"), "openssl - security update", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N",
                "Debian:12", "openssl", List.of(Span.fixedIn("3.0.11-1~deb12u2"))));

        Map<String, String> npm = new LinkedHashMap<>();
        language(npm, HANDLEBARS, List.of(), "Handlebars prototype pollution through crafted partial names",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N", "npm", "handlebars", List.of(Span.fixedIn("4.7.11")));
        language(npm, ESLINT, List.of("CVE-2025-50537"), "ESLint has a Stack Overflow when serializing objects with circular references",
                "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:L", "npm", "eslint", List.of(Span.fixedIn("9.26.0")));
        language(npm, CROSS_SPAWN, List.of("CVE-2024-21538"), "Regular Expression Denial of Service (ReDoS) in cross-spawn",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "npm", "cross-spawn",
                List.of(Span.fixedIn("6.0.6"), new Span("7.0.0", "7.0.5")));
        language(npm, BRACE_EXPANSION, List.of("CVE-2025-5889"), "brace-expansion Regular Expression Denial of Service vulnerability",
                "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:N/I:N/A:L", "npm", "brace-expansion",
                List.of(new Span("1.0.0", "1.1.12"), new Span("2.0.0", "2.0.2"), new Span("3.0.0", "3.0.1"),
                        new Span("4.0.0", "4.0.1")));
        language(npm, GLOB, List.of("CVE-2025-64756"), "glob CLI: Command injection via -c/--cmd executes matches with shell:true",
                "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", "npm", "glob",
                List.of(new Span("10.2.0", "10.5.0"), new Span("11.0.0", "11.1.0")));

        Map<String, String> pypi = new LinkedHashMap<>();
        language(pypi, MERCURIAL, List.of(), "Mercurial: path traversal when applying a crafted bundle",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N", "PyPI", "mercurial", List.of(Span.fixedIn("6.3.3")));
        language(pypi, PIP, List.of("CVE-2023-5752"), "Mercurial configuration injectable in repo revision when installing via pip",
                "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:L/A:N", "PyPI", "pip", List.of(Span.fixedIn("23.3")));
        language(pypi, SETUPTOOLS, List.of("CVE-2024-6345"), "setuptools vulnerable to Command Injection via package URL",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", "PyPI", "setuptools", List.of(Span.fixedIn("70.0.0")));
        language(pypi, REDIS, List.of("CVE-2023-28858"), "redis-py Race Condition vulnerability",
                "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N", "PyPI", "redis",
                List.of(Span.fixedIn("4.3.6"), new Span("4.4.0", "4.4.3"), new Span("4.5.0", "4.5.3")));
        language(pypi, CELERY_FIXED_LONG_AGO, List.of("CVE-2021-23727"), "Celery stored command injection via crafted task results",
                "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", "PyPI", "celery", List.of(Span.fixedIn("5.2.2")));
        return Map.of("Debian", debian, "npm", npm, "PyPI", pypi);
    }

    private static void debian(Map<String, String> archive, String id, String summary, String vector, String source,
            Span span) {
        archive.put(id + ".json", FixtureAdvisories.advisory(id, List.of(id.substring("DEBIAN-".length())), summary,
                vector, "Debian:12", source, List.of(span)));
    }

    private static void language(Map<String, String> archive, String id, List<String> aliases, String summary,
            String vector, String ecosystem, String name, List<Span> spans) {
        archive.put(id + ".json", FixtureAdvisories.advisory(id, aliases, summary, vector, ecosystem, name, spans));
    }

    /** A Debian fix just above the installed source version: the installed package is affected. */
    private static Span fixAbove(Map<String, String> debianSources, String source) {
        String installed = debianSources.get(source);
        if (installed == null) {
            throw new AssertionError("the original image has no Debian source package " + source
                    + "; the fixture database expects the buildpack-deps packages");
        }
        return Span.fixedIn(FixtureAdvisories.nextSecurityUpdate(installed));
    }
}
