package dev.slimline.knowledge;

import dev.slimline.dockerfile.ImageReference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeCatalogTest {

    private final KnowledgeCatalog catalog = KnowledgeCatalog.bundled();

    @Test
    void everyEntryHasSourceDateAndPlausibleFigures() {
        assertThat(catalog.images()).hasSizeGreaterThan(60);
        for (BaseImage image : catalog.images()) {
            assertThat(image.source()).as(image.reference()).isNotBlank();
            assertThat(image.date()).as(image.reference()).matches("\\d{4}-\\d{2}(-\\d{2})?");
            if (!image.image().equals("scratch")) {
                assertThat(image.sizeBytes()).as(image.reference()).isBetween(1_000_000L, 2_000_000_000L);
                assertThat(image.layers()).as(image.reference()).isPositive();
            }
        }
    }

    @Test
    void jlinkRuntimeBasesAreCatalogedPlainOsImagesOfTheJdksLibc() {
        List<BaseImage> jdks = catalog.images().stream().filter(i -> i.jlinkRuntimeBase().isPresent()).toList();
        assertThat(jdks).extracting(BaseImage::reference).contains("maven:3.9-eclipse-temurin-17", "eclipse-temurin:17-jdk",
                "gradle:8-jdk17", "eclipse-temurin:17-jdk-alpine");
        for (BaseImage jdk : jdks) {
            BaseImage base = catalog.lookup(jdk.jlinkRuntimeBase().get()).orElseThrow().image();
            assertThat(jdk.runtime()).as(jdk.reference()).isEqualTo("java");
            assertThat(jdk.role()).as(jdk.reference()).isEqualTo(BaseImage.Role.BUILD);
            assertThat(base.runtime()).as(base.reference()).isEqualTo("os");
            assertThat(base.libc()).as(jdk.reference() + " -> " + base.reference()).isEqualTo(jdk.libc());
        }
        assertThat(catalog.lookup("eclipse-temurin:17-jre").orElseThrow().image().jlinkRuntimeBase()).isEmpty();
    }

    @Test
    void coversTheOfficialFamiliesTheIssueNames() {
        List<String> names = catalog.images().stream().map(BaseImage::image).distinct().toList();
        assertThat(names).contains("python", "node", "golang", "eclipse-temurin", "openjdk", "maven", "gradle",
                "ruby", "php", "debian", "ubuntu", "alpine", "nginx", "gcr.io/distroless/static-debian12",
                "gcr.io/distroless/base-debian12", "gcr.io/distroless/cc-debian12",
                "gcr.io/distroless/python3-debian12", "gcr.io/distroless/nodejs18-debian12",
                "gcr.io/distroless/java17-debian12");
        for (String tag : List.of("3.9", "3.10", "3.11", "3.12", "3.13")) {
            assertThat(catalog.lookup("python:" + tag + "-slim")).get()
                    .satisfies(match -> assertThat(match.approximate()).isFalse());
        }
        for (String tag : List.of("16", "18", "20", "22")) {
            assertThat(catalog.lookup("node:" + tag + "-alpine").orElseThrow().approximate()).isFalse();
        }
    }

    @Test
    void normalisesDockerHubNamesAndDigests() {
        CatalogMatch match = catalog.lookup("docker.io/library/python:3.11@sha256:" + "a".repeat(64)).orElseThrow();

        assertThat(match.image().reference()).isEqualTo("python:3.11");
        assertThat(match.approximate()).isFalse();
        assertThat(match.requested().digestIfAny()).hasValue("sha256:" + "a".repeat(64));
    }

    @Test
    void untaggedMeansLatest() {
        assertThat(catalog.lookup("node").orElseThrow().image().reference()).isEqualTo("node:22");
    }

    @Test
    void patchTagsMatchTheirLineWithoutBeingApproximate() {
        CatalogMatch match = catalog.lookup("python:3.11.9-slim-bookworm").orElseThrow();

        assertThat(match.image().reference()).isEqualTo("python:3.11-slim");
        assertThat(match.approximate()).isFalse();
        assertThat(match.note()).contains("3.11-slim line");
    }

    @Test
    void unknownTagsTakeTheNearestEntryOfTheSameVariantFlaggedApproximate() {
        CatalogMatch match = catalog.lookup("python:3.14-alpine").orElseThrow();

        assertThat(match.image().reference()).isEqualTo("python:3.13-alpine");
        assertThat(match.approximate()).isTrue();
        assertThat(match.note()).contains("not in the catalog");
    }

    @Test
    void unresolvedArgumentFallsBackToTheFullImageOfTheFamily() {
        CatalogMatch match = catalog.lookup("node:${NODE_VERSION}").orElseThrow();

        assertThat(match.approximate()).isTrue();
        assertThat(match.image().family()).isEqualTo(ImageFamily.FULL);
    }

    @Test
    void unknownImagesAreNotGuessed() {
        assertThat(catalog.lookup("registry.example.com:5000/team/app:1.0")).isEmpty();
    }

    @Test
    void olderDistrolessNamesMapToTheDebian12Images() {
        CatalogMatch match = catalog.lookup("gcr.io/distroless/python3:nonroot").orElseThrow();

        assertThat(match.image().image()).isEqualTo("gcr.io/distroless/python3-debian12");
        assertThat(match.approximate()).isTrue();
    }

    @Test
    void registryPortIsNotMistakenForATag() {
        ImageReference reference = ImageReference.parse("localhost:5000/python");

        assertThat(reference.repository()).isEqualTo("localhost:5000/python");
        assertThat(reference.effectiveTag()).isEqualTo("latest");
    }

    @Test
    void packageSizesComeFromDebianMetadataAndBuildToolsAreHeavy() {
        PackageSize gcc = catalog.packageSize("apt", "gcc").orElseThrow();
        PackageSize buildEssential = catalog.packageSize("apt", "build-essential").orElseThrow();

        assertThat(gcc.estimated()).isFalse();
        assertThat(gcc.closureBytes()).isGreaterThan(100_000_000L).isGreaterThan(gcc.ownBytes());
        assertThat(buildEssential.closureBytes()).isGreaterThan(gcc.closureBytes());
        assertThat(catalog.packageSize("apk", "build-base").orElseThrow().estimated()).isTrue();
        assertThat(catalog.packageSize("apt", "no-such-package")).isEmpty();
    }

    @Test
    void fullImagesAlreadyCarryTheBuildpackPackages() {
        BaseImage python = catalog.lookup("python:3.11").orElseThrow().image();

        assertThat(python.preinstalledSet()).hasValue("buildpack-deps");
        assertThat(catalog.packageSet("buildpack-deps")).contains("gcc", "libpq-dev", "build-essential");
    }
}
