package dev.slimline.scan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.image.TestImageArchives.LayerTar;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RPM packages from a database rpm itself wrote. */
class RpmCatalogerTest {

    @Test
    void packagesWithEpochSourceRpmArchAndLicenseFromTheSqliteDatabase() throws IOException {
        Catalog catalog = RpmFixtures.catalog(RpmFixtures.UBI9_OS_RELEASE);

        assertThat(catalog.os().orElseThrow().osvEcosystem()).hasValue("Red Hat:enterprise_linux:9");
        assertThat(catalog.packages()).extracting(CatalogedPackage::purl).containsExactly(
                "pkg:rpm/rhel/openssl-libs@3.0.7-24.el9?arch=x86_64&distro=rhel-9.2&epoch=1"
                        + "&upstream=openssl-3.0.7-24.el9.src.rpm",
                "pkg:rpm/rhel/tzdata@2024a-1.el9?arch=noarch&distro=rhel-9.2&upstream=tzdata-2024a-1.el9.src.rpm",
                "pkg:rpm/rhel/zlib@1.2.11-40.el9?arch=x86_64&distro=rhel-9.2&upstream=zlib-1.2.11-40.el9.src.rpm");
        CatalogedPackage ssl = catalog.packages().get(0);
        assertThat(ssl.version()).isEqualTo("1:3.0.7-24.el9");
        assertThat(ssl.advisoryVersion()).isEqualTo("1:3.0.7-24.el9");
        assertThat(ssl.sourceName()).isEqualTo("openssl");
        assertThat(ssl.arch()).isEqualTo("x86_64");
        assertThat(ssl.location()).isEqualTo("/var/lib/rpm/rpmdb.sqlite");
        assertThat(catalog.packages()).extracting(p -> p.details().licenses())
                .containsExactly(List.of("Apache-2.0"), List.of("Public Domain"), List.of("zlib and Boost"));
    }

    @Test
    void fedorasSysimageLocationIsReadAndACorruptDatabaseGivesNoPackages() throws IOException {
        byte[] rpmdb = RpmFixtures.resource("rpmdb.sqlite");
        assertThat(CatalogFixtures.catalog(new LayerTar().file("usr/lib/sysimage/rpm/rpmdb.sqlite", rpmdb))
                .packages()).hasSize(3);
        assertThat(CatalogFixtures.catalog(new LayerTar().file("var/lib/rpm/rpmdb.sqlite",
                Arrays.copyOf(rpmdb, 8192))).packages()).isEmpty();
    }

    @Test
    void olderImagesBerkeleyDbPackagesGivesTheSamePackages() throws IOException {
        Catalog catalog = CatalogFixtures.catalog(new LayerTar()
                .file("etc/os-release", "ID=\"rhel\"\nVERSION_ID=\"8.9\"\n")
                .file("var/lib/rpm/Packages", RpmFixtures.resource("Packages")));

        assertThat(catalog.os().orElseThrow().osvEcosystem()).hasValue("Red Hat:enterprise_linux:8");
        assertThat(catalog.packages()).extracting(CatalogedPackage::purl).containsExactly(
                "pkg:rpm/rhel/openssl-libs@3.0.7-24.el9?arch=x86_64&distro=rhel-8.9&epoch=1"
                        + "&upstream=openssl-3.0.7-24.el9.src.rpm",
                "pkg:rpm/rhel/tzdata@2024a-1.el9?arch=noarch&distro=rhel-8.9&upstream=tzdata-2024a-1.el9.src.rpm",
                "pkg:rpm/rhel/zlib@1.2.11-40.el9?arch=x86_64&distro=rhel-8.9&upstream=zlib-1.2.11-40.el9.src.rpm");
        assertThat(catalog.packages()).extracting(CatalogedPackage::location).containsOnly("/var/lib/rpm/Packages");
    }

    @Test
    void aTruncatedOrForeignBerkeleyDbGivesNoPackages() throws IOException {
        byte[] packages = RpmFixtures.resource("Packages");
        assertThat(RpmCataloger.parse("/var/lib/rpm/Packages", Arrays.copyOf(packages, 3 * 4096), new OsRelease("", "",
                ""))).isEmpty();
        assertThat(RpmCataloger.parse("/var/lib/rpm/Packages", RpmFixtures.resource("rpmdb.sqlite"),
                new OsRelease("", "", ""))).isEmpty();
    }

    @Test
    void sourcePackageNameIsWhatPrecedesVersionAndRelease() {
        assertThat(RpmCataloger.sourceName("openssl-3.0.7-24.el9.src.rpm")).hasValue("openssl");
        assertThat(RpmCataloger.sourceName("python-urllib3-1.26.5-3.el9.src.rpm")).hasValue("python-urllib3");
        assertThat(RpmCataloger.sourceName("broken.src.rpm")).isEmpty();
        assertThat(RpmCataloger.sourceName("openssl-3.0.7-24.el9.x86_64.rpm")).isEmpty();
    }
}
