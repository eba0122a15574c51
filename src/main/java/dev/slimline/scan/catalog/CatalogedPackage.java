package dev.slimline.scan.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One installed package.
 *
 * @param namespace     Maven group id, npm scope ({@code @types}), Composer vendor, else null
 * @param sourceName    OS packages: the source package it was built from (dpkg {@code Source:}, apk origin), else null
 * @param sourceVersion the source package's version when it differs from {@code version} (binNMUs), else null
 * @param arch          OS packages' architecture, else null
 * @param location      root-relative path of the file that records it (a jar inside a jar uses {@code outer!inner})
 * @param purl          its package URL
 * @param details       licenses, digests and dependencies, where the cataloger's source records them
 */
public record CatalogedPackage(PackageType type, String namespace, String name, String version, String sourceName,
        String sourceVersion, String arch, String location, String purl, Details details) {

    public CatalogedPackage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        details = details == null ? Details.NONE : details;
    }

    public CatalogedPackage(PackageType type, String namespace, String name, String version, String sourceName,
            String sourceVersion, String arch, String location, String purl) {
        this(type, namespace, name, version, sourceName, sourceVersion, arch, location, purl, Details.NONE);
    }

    /**
     * What a package's metadata says beyond its identity, for SBOMs.
     *
     * @param licenses  declared licenses as written (SPDX expressions or free text)
     * @param hashes    digests of the package archive by CycloneDX algorithm name ({@code SHA-256}), lowercase hex
     * @param dependsOn purls of the packages it directly depends on, as its lockfile resolved them
     */
    public record Details(List<String> licenses, Map<String, String> hashes, List<String> dependsOn) {

        public static final Details NONE = new Details(List.of(), Map.of(), List.of());

        public Details {
            licenses = List.copyOf(licenses);
            hashes = Collections.unmodifiableMap(new TreeMap<>(hashes)); // stable order in documents
            dependsOn = List.copyOf(dependsOn);
        }

        public static Details licenses(List<String> licenses) {
            return new Details(licenses, Map.of(), List.of());
        }
    }

    /**
     * The name advisories use in its ecosystem: {@code group:artifact} for Maven, {@code @scope/name} for npm,
     * {@code vendor/package} for Composer.
     */
    public String ecosystemName() {
        if (namespace == null) {
            return name;
        }
        return type == PackageType.MAVEN ? namespace + ":" + name : namespace + "/" + name;
    }

    /** This package with the purls of its direct dependencies. */
    public CatalogedPackage withDependsOn(List<String> dependsOn) {
        return new CatalogedPackage(type, namespace, name, version, sourceName, sourceVersion, arch, location, purl,
                new Details(details.licenses(), details.hashes(), dependsOn));
    }

    /** The version advisories are written against: the source version for OS packages built from one. */
    public String advisoryVersion() {
        if (type == PackageType.GOLANG && version.startsWith("v")) {
            return version.substring(1); // OSV writes Go versions without the v
        }
        return sourceVersion != null ? sourceVersion : version;
    }

    /** Identity across two images: type, name and version (not where it was found). */
    public String key() {
        return type.purlType() + ":" + ecosystemName() + "@" + version;
    }
}
