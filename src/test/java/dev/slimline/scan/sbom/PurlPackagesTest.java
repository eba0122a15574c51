package dev.slimline.scan.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.OsRelease;
import dev.slimline.scan.catalog.PackageType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Purls back into packages: the names and versions advisories are matched by. */
class PurlPackagesTest {

    @Test
    void debianBinNmuKeepsItsSourcePackageAndSourceVersion() throws Exception {
        String purl = "pkg:deb/debian/libgcc-s1@12.2.0-14%2Bb1?arch=amd64&distro=debian-12&upstream=gcc-12%4012.2.0-14";
        CatalogedPackage pkg = PurlPackages.toPackage(purl, "sbom").orElseThrow();
        assertThat(pkg).isEqualTo(new CatalogedPackage(PackageType.DEB, null, "libgcc-s1", "12.2.0-14+b1", "gcc-12",
                "12.2.0-14", "amd64", "sbom", purl));
        assertThat(pkg.advisoryVersion()).isEqualTo("12.2.0-14");
        assertThat(PurlPackages.distro(purl)).hasValue(new OsRelease("debian", "12", ""));
    }

    @Test
    void languagePackagesKeepTheirNamespaces() throws Exception {
        assertThat(PurlPackages.toPackage("pkg:npm/%40babel/traverse@7.22.0", "x").orElseThrow().ecosystemName())
                .isEqualTo("@babel/traverse");
        assertThat(PurlPackages.toPackage("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "x").orElseThrow()
                .ecosystemName()).isEqualTo("org.apache.logging.log4j:log4j-core");
        CatalogedPackage go = PurlPackages.toPackage("pkg:golang/golang.org/x/net@v0.17.0", "x").orElseThrow();
        assertThat(go.ecosystemName()).isEqualTo("golang.org/x/net");
        assertThat(go.advisoryVersion()).isEqualTo("0.17.0");
        assertThat(PurlPackages.toPackage("pkg:apk/alpine/libcrypto3@3.1.4-r5?upstream=openssl", "x").orElseThrow()
                .sourceName()).isEqualTo("openssl");
    }

    @Test
    void rpmPurlsGiveEpochVersionAndSourcePackageAsTheCatalogerDoes() throws Exception {
        CatalogedPackage ssl = PurlPackages.toPackage("pkg:rpm/rhel/openssl-libs@3.0.7-24.el9?arch=x86_64&epoch=1"
                + "&upstream=openssl-3.0.7-24.el9.src.rpm&distro=rhel-9.2", "x").orElseThrow();
        assertThat(ssl.advisoryVersion()).isEqualTo("1:3.0.7-24.el9");
        assertThat(ssl.sourceName()).isEqualTo("openssl");
        assertThat(ssl.arch()).isEqualTo("x86_64");
        assertThat(PurlPackages.toPackage("pkg:rpm/redhat/zlib@1.2.11-40.el9", "x").orElseThrow().advisoryVersion())
                .isEqualTo("1.2.11-40.el9");
        assertThat(PurlPackages.distro("pkg:rpm/redhat/zlib@1.2.11-40.el9?distro=redhat-9.2").orElseThrow()
                .osvEcosystem()).hasValue("Red Hat:enterprise_linux:9");
    }

    @Test
    void unknownTypesAreEmptyAndBrokenPurlsRejected() throws Exception {
        assertThat(PurlPackages.toPackage("pkg:conan/openssl@3.0.0", "x")).isEmpty();
        assertThatThrownBy(() -> PurlPackages.toPackage("npm:lodash", "x"))
                .isInstanceOf(PurlPackages.BadPurlException.class).hasMessageStartingWith("not a package URL");
        assertThatThrownBy(() -> PurlPackages.toPackage("pkg:npm/lodash", "x"))
                .hasMessage("purl has no version: pkg:npm/lodash");
        assertThat(PurlPackages.distro("pkg:npm/lodash@1")).isEqualTo(Optional.empty());
    }
}
