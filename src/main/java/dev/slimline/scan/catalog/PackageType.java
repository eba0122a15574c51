package dev.slimline.scan.catalog;

import dev.slimline.scan.version.Ecosystem;

/** Kinds of packages the catalogers find: the purl type and the OSV ecosystem their advisories live in. */
public enum PackageType {
    DEB("deb", Ecosystem.DEBIAN),
    APK("apk", Ecosystem.ALPINE),
    /** Matched in the image's own distribution (Red Hat, AlmaLinux, Rocky Linux), from its os-release. */
    RPM("rpm", Ecosystem.RED_HAT),
    PYPI("pypi", Ecosystem.PYPI),
    NPM("npm", Ecosystem.NPM),
    MAVEN("maven", Ecosystem.MAVEN),
    GOLANG("golang", Ecosystem.GO),
    GEM("gem", Ecosystem.RUBYGEMS),
    CARGO("cargo", Ecosystem.CRATES_IO),
    NUGET("nuget", Ecosystem.NUGET),
    COMPOSER("composer", Ecosystem.PACKAGIST);

    private final String purlType;
    private final Ecosystem ecosystem;

    PackageType(String purlType, Ecosystem ecosystem) {
        this.purlType = purlType;
        this.ecosystem = ecosystem;
    }

    public String purlType() {
        return purlType;
    }

    public Ecosystem ecosystem() {
        return ecosystem;
    }

    public boolean isOperatingSystem() {
        return ecosystem.isOperatingSystem();
    }
}
