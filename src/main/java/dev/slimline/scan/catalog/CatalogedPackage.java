package dev.slimline.scan.catalog;

import java.util.Objects;

/**
 * One installed package.
 *
 * @param namespace     Maven group id, npm scope ({@code @types}), Composer vendor, else null
 * @param sourceName    OS packages: the source package it was built from (dpkg {@code Source:}, apk origin), else null
 * @param sourceVersion the source package's version when it differs from {@code version} (binNMUs), else null
 * @param arch          OS packages' architecture, else null
 * @param location      root-relative path of the file that records it (a jar inside a jar uses {@code outer!inner})
 * @param purl          its package URL
 */
public record CatalogedPackage(PackageType type, String namespace, String name, String version, String sourceName,
        String sourceVersion, String arch, String location, String purl) {

    public CatalogedPackage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
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
