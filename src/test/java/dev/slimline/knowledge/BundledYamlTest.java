package dev.slimline.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which file a bundled knowledge read opens, and that the compiled copy says what the YAML says. */
class BundledYamlTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"base-images.yaml", "package-sizes.yaml", "build-only-packages.yaml",
        "base-image-env.yaml", "runtime-libraries.yaml", "python-native-packages.yaml", "ruby-native-gems.yaml"})
    void readsTheCompiledCopyAndItHoldsTheYamlsTree(String name) throws IOException {
        JsonNode fromYaml;
        try (InputStream in = BundledYaml.class.getResourceAsStream(name)) {
            fromYaml = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        try (JsonParser parser = BundledYaml.open(BundledYaml.class, name)) {
            assertThat((Object) parser).isNotInstanceOf(YAMLParser.class);
            assertThat((Object) MAPPER.readTree(parser)).isEqualTo(fromYaml);
        }
    }

    @Test
    void withoutACompiledCopyReadsTheYaml() throws IOException {
        try (JsonParser parser = BundledYaml.open(BundledYaml.class, "uncompiled-for-test.yaml")) {
            assertThat((Object) parser).isInstanceOf(YAMLParser.class);
            JsonNode tree = MAPPER.readTree(parser);
            assertThat(tree.get("names").get(1).asText()).isEqualTo("beta");
            assertThat(tree.get("version").asText()).isEqualTo("1.10");
        }
    }

    @Test
    void theCopysNameChangesWithTheYamlSoAStaleCopyIsNeverOpened() {
        String before = BundledYaml.compiledName("sizes.yaml", "a: 1\n".getBytes(StandardCharsets.UTF_8));
        String after = BundledYaml.compiledName("sizes.yaml", "a: 2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(before).matches("sizes\\.[0-9a-f]{8}\\.json");
        assertThat(after).matches("sizes\\.[0-9a-f]{8}\\.json").isNotEqualTo(before);
    }

    @Test
    void aMissingFileIsABrokenBuild() {
        assertThatThrownBy(() -> BundledYaml.open(BundledYaml.class, "no-such-knowledge.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-knowledge.yaml");
    }
}
