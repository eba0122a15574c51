package dev.slimline.scan.vuln;

import dev.slimline.scan.cvss.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One vulnerability in one installed package.
 *
 * @param id           advisory id (DSA-..., GHSA-..., CVE-...)
 * @param aliases      other ids of the same vulnerability
 * @param packageType  purl type of the package ({@code deb}, {@code pypi}, ...)
 * @param packageName  the package as its ecosystem names it
 * @param installed    the installed version
 * @param fixedVersion first version with the fix, when one is published
 * @param score        CVSS base score when computed from a vector
 * @param location     where the package was found in the image
 * @param ignoredBecause the ignore file's reason when an unexpired entry accepts it
 */
public record Finding(String id, List<String> aliases, String summary, Severity severity, Optional<Double> score,
        String packageType, String packageName, String installed, Optional<String> fixedVersion, String purl,
        String location, Optional<String> ignoredBecause) {

    public Finding {
        aliases = List.copyOf(aliases);
    }

    public boolean isIgnored() {
        return ignoredBecause.isPresent();
    }

    public List<String> idAndAliases() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(id), aliases.stream()).toList();
    }

    /** Identity across images: the vulnerability and the package it is in, not the installed version. */
    public String key() {
        return id + " " + packageType + ":" + packageName;
    }

    Finding ignored(String reason) {
        return new Finding(id, aliases, summary, severity, score, packageType, packageName, installed, fixedVersion,
                purl, location, Optional.of(reason));
    }
}
