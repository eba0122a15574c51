/**
 * Version ordering per package ecosystem ({@link dev.slimline.scan.version.Ecosystem#comparator()}): dpkg for Debian
 * and Ubuntu, apk for Alpine, PEP 440 for PyPI, SemVer 2.0.0 for npm and Go, Maven's ComparableVersion for Maven.
 * Invalid versions raise {@link dev.slimline.scan.version.InvalidVersionException}; nothing is ordered by a guess.
 */
package dev.slimline.scan.version;
