package dev.slimline.scan.catalog;

import static dev.slimline.scan.catalog.CatalogFixtures.jar;
import static dev.slimline.scan.catalog.CatalogFixtures.pomProperties;
import static dev.slimline.scan.catalog.CatalogFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.ReadLimits;
import dev.slimline.image.TestImageArchives.LayerTar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageCatalogerTest {

    private static Catalog catalog(List<LayerTar> layers) throws IOException {
        ImageArchiveReader reader = new ImageArchiveReader(ReadLimits.defaults(), false, new CatalogCapture());
        return ImageCataloger.catalog(reader.read(new ByteArrayInputStream(CatalogFixtures.image(layers)), "test"));
    }

    private static List<String> purls(Catalog catalog) {
        return catalog.packages().stream().map(CatalogedPackage::purl).toList();
    }

    @Test
    void dpkgStatusGivesInstalledPackagesWithSourcePackageAndDistroQualifiedPurls() throws IOException {
        Catalog catalog = catalog(List.of(new LayerTar()
                .file("usr/lib/os-release", CatalogFixtures.OS_RELEASE)
                .symlink("etc/os-release", "../usr/lib/os-release")
                .file("var/lib/dpkg/status", CatalogFixtures.DPKG_STATUS)));

        assertThat(catalog.os()).hasValue(new OsRelease("debian", "12", "Debian GNU/Linux 12 (bookworm)"));
        assertThat(purls(catalog)).containsExactly(
                "pkg:deb/debian/libgcc-s1@12.2.0-14%2Bb1?arch=amd64&distro=debian-12&upstream=gcc-12%4012.2.0-14",
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12&upstream=openssl",
                "pkg:deb/debian/libxml2@2.9.14%2Bdfsg-1.3~deb12u1?arch=amd64&distro=debian-12");
        CatalogedPackage gcc = catalog.packages().get(0);
        assertThat(gcc.sourceName()).isEqualTo("gcc-12");
        assertThat(gcc.sourceVersion()).isEqualTo("12.2.0-14");
        assertThat(gcc.advisoryVersion()).isEqualTo("12.2.0-14");
        CatalogedPackage ssl = catalog.packages().get(1);
        assertThat(ssl.sourceName()).isEqualTo("openssl");
        assertThat(ssl.advisoryVersion()).isEqualTo("3.0.11-1~deb12u2");
        assertThat(ssl.location()).isEqualTo("/var/lib/dpkg/status");
        assertThat(catalog.packages().get(2).sourceName()).isEqualTo("libxml2");
    }

    @Test
    void distrolessStatusDirectoryHasOneStanzaPerFileAndItsChecksumsAreSkipped() throws IOException {
        Catalog catalog = catalog(List.of(new LayerTar()
                .file("etc/os-release", CatalogFixtures.OS_RELEASE)
                .file("var/lib/dpkg/status.d/base-files", "Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n")
                .file("var/lib/dpkg/status.d/base-files.md5sums", "0123  etc/debian_version\n")
                .file("var/lib/dpkg/status.d/tzdata", "Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n")));

        assertThat(purls(catalog)).containsExactly(
                "pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64&distro=debian-12",
                "pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all&distro=debian-12");
        assertThat(catalog.packages()).extracting(CatalogedPackage::location)
                .containsExactly("/var/lib/dpkg/status.d/base-files", "/var/lib/dpkg/status.d/tzdata");
    }

    @Test
    void apkInstalledDatabaseGivesOriginAsSource() throws IOException {
        Catalog catalog = catalog(List.of(new LayerTar()
                .file("etc/os-release", "ID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME=\"Alpine Linux v3.19\"\n")
                .file("lib/apk/db/installed", """
                        C:Q1abc=
                        P:libcrypto3
                        V:3.1.4-r5
                        A:x86_64
                        o:openssl
                        T:Crypto library from openssl

                        C:Q1def=
                        P:musl
                        V:1.2.4_git20230717-r4
                        A:x86_64
                        o:musl
                        """)));

        assertThat(catalog.os().orElseThrow().osvEcosystem()).hasValue("Alpine:v3.19");
        assertThat(purls(catalog)).containsExactly(
                "pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1&upstream=openssl",
                "pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1");
        assertThat(catalog.packages().get(0).sourceName()).isEqualTo("openssl");
    }

    @Test
    void pythonDistInfoAndEggInfoWithNormalisedPurlNames() throws IOException {
        Catalog catalog = catalog(List.of(new LayerTar()
                .file("usr/local/lib/python3.11/site-packages/Flask_Login-0.6.3.dist-info/METADATA",
                        CatalogFixtures.PYTHON_METADATA)
                .file("usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO",
                        "Metadata-Version: 1.2\nName: six\nVersion: 1.16.0\n")
                .file("usr/lib/python3/dist-packages/chardet-5.1.0.egg-info", "Metadata-Version: 2.1\nName: chardet\nVersion: 5.1.0\n")));

        assertThat(purls(catalog)).containsExactly("pkg:pypi/chardet@5.1.0", "pkg:pypi/flask-login@0.6.3",
                "pkg:pypi/six@1.16.0");
        assertThat(catalog.packages().get(1).name()).isEqualTo("Flask_Login");
    }

    @Test
    void npmPackagesAtAnyDepthScopedAndGlobal() throws IOException {
        Catalog catalog = catalog(List.of(new LayerTar()
                .file("app/node_modules/express/package.json", "{\"name\":\"express\",\"version\":\"4.18.2\"}")
                .file("app/node_modules/express/node_modules/debug/package.json", "{\"name\":\"debug\",\"version\":\"2.6.9\"}")
                .file("app/node_modules/@types/node/package.json", "{\"name\":\"@types/node\",\"version\":\"20.10.0\"}")
                .file("usr/local/lib/node_modules/npm/package.json", "{\"name\":\"npm\",\"version\":\"10.2.4\"}")
                .file("usr/lib/node_modules/corepack/package.json", "{\"name\":\"corepack\",\"version\":\"0.22.0\"}")
                // Not a package: a file inside a package, and a package.json without a version.
                .file("app/node_modules/express/lib/package.json", "{\"name\":\"inner\",\"version\":\"1.0.0\"}")
                .file("app/node_modules/esm-only/package.json", "{\"type\":\"module\"}")
                .file("app/package.json", "{\"name\":\"my-app\",\"version\":\"1.0.0\"}")));

        assertThat(purls(catalog)).containsExactly("pkg:npm/%40types/node@20.10.0", "pkg:npm/corepack@0.22.0",
                "pkg:npm/debug@2.6.9", "pkg:npm/express@4.18.2", "pkg:npm/npm@10.2.4");
        assertThat(catalog.packages().get(0).ecosystemName()).isEqualTo("@types/node");
        assertThat(catalog.packages().get(2).location()).isEqualTo("/app/node_modules/express/node_modules/debug/package.json");
    }

    @Test
    void jarsByPomPropertiesManifestAndNestedSpringBootLibraries() throws IOException {
        byte[] jackson = jar(Map.of("META-INF/maven/com.fasterxml.jackson.core/jackson-databind/pom.properties",
                pomProperties("com.fasterxml.jackson.core", "jackson-databind", "2.15.3")));
        byte[] manifestOnly = jar(Map.of("META-INF/MANIFEST.MF", text(
                "Manifest-Version: 1.0\r\nImplementation-Title: legacy-util\r\nImplementation-Version: 1.4\r\n"
                        + "Implementation-Vendor-Id: com.example\r\n\r\n")));
        Map<String, byte[]> boot = new LinkedHashMap<>();
        boot.put("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\r\nMain-Class: org.springframework.boot.loader.JarLauncher\r\n\r\n"));
        boot.put("META-INF/maven/com.example/orders/pom.properties", pomProperties("com.example", "orders", "1.0.0"));
        boot.put("BOOT-INF/classes/application.properties", text("server.port=8080\n"));
        boot.put("BOOT-INF/lib/jackson-databind-2.15.3.jar", jackson);
        boot.put("BOOT-INF/lib/legacy-util-1.4.jar", manifestOnly);
        byte[] log4j = jar(Map.of("META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties",
                pomProperties("org.apache.logging.log4j", "log4j-core", "2.14.1")));

        Catalog catalog = catalog(List.of(new LayerTar()
                .file("app/app.jar", CatalogFixtures.fatJar(boot))
                .file("opt/lib/log4j-core-2.14.1.jar", log4j)));

        assertThat(catalog.packages()).extracting(CatalogedPackage::purl, CatalogedPackage::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pkg:maven/com.example/legacy-util@1.4", "/app/app.jar!BOOT-INF/lib/legacy-util-1.4.jar"),
                org.assertj.core.groups.Tuple.tuple("pkg:maven/com.example/orders@1.0.0", "/app/app.jar"),
                org.assertj.core.groups.Tuple.tuple("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.3",
                        "/app/app.jar!BOOT-INF/lib/jackson-databind-2.15.3.jar"),
                org.assertj.core.groups.Tuple.tuple("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "/opt/lib/log4j-core-2.14.1.jar"));
        assertThat(catalog.packages().get(3).ecosystemName()).isEqualTo("org.apache.logging.log4j:log4j-core");
    }

    @Test
    void goBinaryBuildInfoGivesModulesReplacementsAndStdlib() throws IOException {
        String modInfo = "path\tgithub.com/example/server\n"
                + "mod\tgithub.com/example/server\t(devel)\t\n"
                + "dep\tgolang.org/x/net\tv0.17.0\th1:abc=\n"
                + "dep\tgithub.com/old/lib\tv1.0.0\th1:def=\n"
                + "=>\tgithub.com/fork/lib\tv1.0.1\th1:ghi=\n"
                + "build\t-compiler=gc\n";
        Catalog catalog = catalog(List.of(new LayerTar()
                .file("usr/local/bin/server", CatalogFixtures.goBinary("go1.21.5", modInfo))
                .file("usr/local/bin/not-go", new byte[700 * 1024])));

        assertThat(purls(catalog)).containsExactly("pkg:golang/github.com/fork/lib@v1.0.1",
                "pkg:golang/golang.org/x/net@v0.17.0", "pkg:golang/stdlib@v1.21.5");
        assertThat(catalog.packages().get(1).ecosystemName()).isEqualTo("golang.org/x/net");
        assertThat(catalog.packages().get(1).advisoryVersion()).isEqualTo("0.17.0");
    }

    @Test
    void packagesALaterLayerRemovedAreNotReported() throws IOException {
        String sitePackages = "usr/local/lib/python3.11/site-packages/";
        Catalog catalog = catalog(List.of(
                new LayerTar()
                        .file("etc/os-release", CatalogFixtures.OS_RELEASE)
                        .file("var/lib/dpkg/status", CatalogFixtures.DPKG_STATUS)
                        .file(sitePackages + "pip-23.0.1.dist-info/METADATA", "Name: pip\nVersion: 23.0.1\n")
                        .file(sitePackages + "Flask_Login-0.6.3.dist-info/METADATA", CatalogFixtures.PYTHON_METADATA),
                new LayerTar()
                        // apt-get purge libxml2 rewrites the status file; pip uninstall deletes the dist-info.
                        .file("var/lib/dpkg/status", "Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\n"
                                + "Source: openssl\nVersion: 3.0.11-1~deb12u2\n")
                        .whiteout(sitePackages + "pip-23.0.1.dist-info")));

        assertThat(purls(catalog)).containsExactly(
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12&upstream=openssl",
                "pkg:pypi/flask-login@0.6.3");
    }
}
