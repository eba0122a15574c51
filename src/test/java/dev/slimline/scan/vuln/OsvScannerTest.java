package dev.slimline.scan.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.PackageType;
import dev.slimline.scan.osv.PackageCoordinate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How catalog packages become the coordinates OSV advisories are looked up by. */
class OsvScannerTest {

    @Test
    void osPackagesUseTheReleaseEcosystemTheSourcePackageAndItsVersion() {
        CatalogedPackage libgcc = new CatalogedPackage(PackageType.DEB, null, "libgcc-s1", "12.2.0-14+b1", "gcc-12",
                "12.2.0-14", "amd64", "/var/lib/dpkg/status", "pkg:deb/debian/libgcc-s1@12.2.0-14%2Bb1");
        PackageCoordinate coordinate = OsvScanner.coordinate(libgcc, Optional.of("Debian:12")).orElseThrow();
        assertThat(coordinate).isEqualTo(new PackageCoordinate("Debian:12", "libgcc-s1", "gcc-12", "12.2.0-14"));
        assertThat(coordinate.advisoryNames()).containsExactly("gcc-12");
        assertThat(OsvScanner.coordinate(libgcc, Optional.empty())).isEmpty();
    }

    @Test
    void languagePackagesUseTheirEcosystemNames() {
        CatalogedPackage log4j = new CatalogedPackage(PackageType.MAVEN, "org.apache.logging.log4j", "log4j-core",
                "2.14.1", null, null, null, "/app.jar", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        assertThat(OsvScanner.coordinate(log4j, Optional.empty())).hasValue(
                PackageCoordinate.of("Maven", "org.apache.logging.log4j:log4j-core", "2.14.1"));
        CatalogedPackage net = new CatalogedPackage(PackageType.GOLANG, "golang.org/x", "net", "v0.17.0", null, null,
                null, "/server", "pkg:golang/golang.org/x/net@v0.17.0");
        assertThat(OsvScanner.coordinate(net, Optional.of("Debian:12")))
                .hasValue(PackageCoordinate.of("Go", "golang.org/x/net", "0.17.0"));
        CatalogedPackage flask = new CatalogedPackage(PackageType.PYPI, null, "Flask_Login", "0.6.3", null, null, null,
                "/METADATA", "pkg:pypi/flask-login@0.6.3");
        assertThat(OsvScanner.coordinate(flask, Optional.empty()).orElseThrow().advisoryNames()).containsExactly("flask-login");
    }

    /** #17 D6: a dpkg entry with an empty Version: is reported unscanned, never a crash. */
    @Test
    void packageWithoutVersionIsUnscannedNotACrash() {
        CatalogedPackage blank = new CatalogedPackage(PackageType.DEB, null, "libfoo", "", null, null, "amd64",
                "/var/lib/dpkg/status", "pkg:deb/debian/libfoo");
        dev.slimline.scan.catalog.Catalog catalog = new dev.slimline.scan.catalog.Catalog("image.tar", Optional.empty(),
                java.util.List.of(blank));

        OsvScanner.Matches matches = new OsvScanner(null).match(catalog); // the database is never asked

        assertThat(matches.findings()).isEmpty();
        assertThat(matches.unscanned()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("no version recorded"));
        assertThat(new dev.slimline.scan.sbom.CycloneDxWriter("test").write(catalog, java.time.Instant.EPOCH))
                .doesNotContain("\"version\" : \"\"").doesNotContain("\"version\":\"\"");
    }
}
