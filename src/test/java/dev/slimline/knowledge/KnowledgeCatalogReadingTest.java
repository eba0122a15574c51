package dev.slimline.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog's files mapped field by field: every field lands, defaults apply, an unknown field fails. */
class KnowledgeCatalogReadingTest {

    private static final String IMAGES = """
            defaults: {date: "2024-11"}
            images:
              - {image: python, tag: "3.12-slim", aliases: ["3.12-slim-bookworm"], family: slim, runtime: python,
                 runtimeVersion: "3.12", role: run, libc: glibc, shell: true, packageManager: apt, sizeMB: 130.5,
                 layers: 4, source: "measured", estimated: true, jlinkOn: "debian:bookworm-slim"}
              - {image: scratch, tag: latest, family: scratch, role: run, libc: none, packageManager: none,
                 sizeMB: 0, layers: 0, source: "empty", date: "2023-01"}
            deploysOn: {go: static}
            """;

    private static final String PACKAGES = """
            source: apt metadata
            date: "2024-11"
            sets:
              buildpack-deps: [gcc, make]
            apt:
              - {name: curl, ownKiB: 500, closureKiB: 1500}
            apk:
              - {name: gcc, ownKiB: 10, closureKiB: 20, estimated: true}
            """;

    @Test
    void everyFieldLandsAndAbsentOnesTakeTheirDefaults() throws IOException {
        KnowledgeCatalog catalog = KnowledgeCatalog.load(yaml(IMAGES), yaml(PACKAGES));

        BaseImage slim = catalog.lookup("python:3.12-slim-bookworm").orElseThrow().image();
        assertThat(slim.family()).isEqualTo(ImageFamily.SLIM);
        assertThat(slim.runtimeVersion()).isEqualTo("3.12");
        assertThat(slim.sizeBytes()).isEqualTo(130_500_000L);
        assertThat(slim.layers()).isEqualTo(4);
        assertThat(slim.date()).isEqualTo("2024-11");
        assertThat(slim.estimated()).isTrue();
        assertThat(slim.jlinkRuntimeBase()).contains("debian:bookworm-slim");
        BaseImage scratch = catalog.lookup("scratch").orElseThrow().image();
        assertThat(scratch.aliases()).isEmpty();
        assertThat(scratch.runtimeVersion()).isEmpty();
        assertThat(scratch.date()).isEqualTo("2023-01");
        assertThat(scratch.estimated()).isFalse();
        assertThat(catalog.deploysOn("go")).isEqualTo("static");
        assertThat(catalog.deploysOn("python")).isEqualTo("python");

        assertThat(catalog.packageSize("apt", "curl").orElseThrow().closureBytes()).isEqualTo(1500L * 1024);
        assertThat(catalog.packageSize("apk", "gcc").orElseThrow().estimated()).isTrue();
        assertThat(catalog.packageSize("apt", "curl").orElseThrow().estimated()).isFalse();
        assertThat(catalog.packageSet("buildpack-deps")).containsExactlyInAnyOrder("gcc", "make");
    }

    @Test
    void aFieldTheCatalogDoesNotKnowFails() {
        String typo = IMAGES.replace("layers: 4,", "layer: 4,");
        assertThatThrownBy(() -> KnowledgeCatalog.load(yaml(typo), yaml(PACKAGES)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'layer'")
                .hasMessageContaining("python:3.12-slim");
        assertThatThrownBy(() -> KnowledgeCatalog.load(yaml(IMAGES), yaml(PACKAGES.replace("ownKiB: 10", "ownKB: 10"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'ownKB'");
    }

    private static JsonParser yaml(String text) throws IOException {
        return new YAMLFactory().createParser(text);
    }
}
