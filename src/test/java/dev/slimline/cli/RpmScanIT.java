package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AlmaLinux-shaped image whose RPM database rpm itself wrote: Debian's rpm tools build two packages with
 * rpmbuild and install them into an empty root (files and database, as dnf does in an image), which becomes the
 * image with an AlmaLinux 9 os-release. slimline reads the packages from {@code /var/lib/rpm/rpmdb.sqlite} and
 * matches them against AlmaLinux advisories from a fixture OSV database loaded by {@code db update} from 127.0.0.1.
 */
class RpmScanIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DockerEngine engine = TestEngines.real();

    @Test
    void packagesRpmInstalledAreCatalogedWithLicensesAndMatched(@TempDir Path dir) throws IOException {
        TestEngines.requireImage("debian:bookworm-slim", Duration.ofMinutes(10));
        Files.writeString(dir.resolve("openssl.spec"), """
                Name: openssl
                Epoch: 1
                Version: 3.0.7
                Release: 24.el9
                Summary: Cryptography library (test stand-in)
                License: Apache-2.0
                %description
                Stand-in.
                %package libs
                Summary: Cryptography library (test stand-in)
                %description libs
                Stand-in.
                %install
                mkdir -p %{buildroot}/usr/lib64
                echo stand-in > %{buildroot}/usr/lib64/libssl.so.3
                %files libs
                /usr/lib64/libssl.so.3
                """);
        Files.writeString(dir.resolve("zlib.spec"), """
                Name: zlib
                Version: 1.2.11
                Release: 40.el9
                Summary: Compression library (test stand-in)
                License: zlib and Boost
                %description
                Stand-in.
                %install
                mkdir -p %{buildroot}/usr/lib64
                echo stand-in > %{buildroot}/usr/lib64/libz.so.1
                %files
                /usr/lib64/libz.so.1
                """);
        Files.writeString(dir.resolve("os-release"), """
                NAME="AlmaLinux"
                VERSION="9.3 (Shamrock Pampas Cat)"
                ID="almalinux"
                ID_LIKE="rhel centos fedora"
                VERSION_ID="9.3"
                PRETTY_NAME="AlmaLinux 9.3 (Shamrock Pampas Cat)"
                """);
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), """
                FROM debian:bookworm-slim AS rpm
                RUN apt-get update && apt-get install -y --no-install-recommends rpm && rm -rf /var/lib/apt/lists/*
                COPY *.spec /specs/
                RUN for spec in /specs/*.spec; do rpmbuild --quiet --define '_topdir /build' -bb "$spec"; done \\
                 && mkdir /rootfs && rpm --root /rootfs --dbpath /var/lib/rpm --initdb \\
                 && rpm --root /rootfs --dbpath /var/lib/rpm -i --nodeps --noscripts /build/RPMS/*/*.rpm \\
                 && test -f /rootfs/var/lib/rpm/rpmdb.sqlite && test -f /rootfs/usr/lib64/libssl.so.3
                FROM scratch
                COPY --from=rpm /rootfs/ /
                COPY os-release /etc/os-release
                """);
        String image = "slimline-it-scan-rpm:" + UUID.randomUUID().toString().substring(0, 8);
        engine.build(BuildRequest.of(dir, image).withDockerfile(dockerfile).withTimeout(Duration.ofMinutes(10)));
        try {
            Map<String, JsonNode> rpms = new HashMap<>();
            for (JsonNode component : JSON.readTree(CliHarness.run("sbom", image).out()).path("components")) {
                if (component.path("purl").asText().startsWith("pkg:rpm/")) {
                    rpms.put(component.path("name").asText(), component);
                }
            }
            assertThat(rpms).containsOnlyKeys("openssl-libs", "zlib");
            JsonNode ssl = rpms.get("openssl-libs");
            assertThat(ssl.path("version").asText()).isEqualTo("1:3.0.7-24.el9");
            assertThat(ssl.path("purl").asText()).startsWith("pkg:rpm/almalinux/openssl-libs@3.0.7-24.el9?arch=")
                    .contains("&distro=almalinux-9.3&epoch=1&upstream=openssl-3.0.7-24.el9.src.rpm");
            assertThat(ssl.path("licenses").toString()).contains("Apache-2.0");

            Path db = dir.resolve("osv");
            FixtureAdvisories.load(db, Map.of("AlmaLinux", Map.of(
                    "ALSA-above.json", FixtureAdvisories.advisory("ALSA-2024:0310", "CVE-2023-5678",
                            "openssl security update", "AlmaLinux:9", "openssl", "1:3.0.7-25.el9_3",
                            FixtureAdvisories.HIGH_VECTOR),
                    "ALSA-below.json", FixtureAdvisories.advisory("ALSA-2022:8000", "CVE-2018-25032",
                            "zlib security update (fixed before the installed release)", "AlmaLinux:9", "zlib",
                            "1.2.11-31.el9", FixtureAdvisories.HIGH_VECTOR))));

            CliHarness.Result scan = CliHarness.run("scan", image, "--db", db.toString(), "--format", "json");
            JsonNode vulnerabilities = JSON.readTree(scan.out()).path("vulnerabilities");
            assertThat(vulnerabilities.toString()).as(scan.err())
                    .contains("ALSA-2024:0310").contains("openssl-libs").doesNotContain("ALSA-2022:8000");
        } finally {
            engine.removeImage(image);
        }
    }
}
