package dev.slimline.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed JSON copies are what the compiler writes from the committed YAML, and the compiler keeps values. */
class KnowledgeCompilerTest {

    private static final Path KNOWLEDGE = Path.of("src/main/resources").resolve(KnowledgeCompiler.KNOWLEDGE_DIR);

    @Test
    void theCommittedCopiesAreCurrent(@TempDir Path tmp) throws IOException {
        List<Path> committed = jsonFiles(KNOWLEDGE);
        for (Path yaml : yamlFiles(KNOWLEDGE)) {
            Files.copy(yaml, tmp.resolve(yaml.getFileName()));
        }
        List<Path> fresh = KnowledgeCompiler.compileAll(tmp);
        assertThat(fresh.stream().map(p -> p.getFileName().toString()))
                .as("compiled copies of %s: run scripts/knowledge/compile.sh and commit them", KNOWLEDGE)
                .containsExactlyInAnyOrderElementsOf(committed.stream().map(p -> p.getFileName().toString()).toList());
        for (Path json : fresh) {
            assertThat(Files.readString(KNOWLEDGE.resolve(json.getFileName())))
                    .as("%s: run scripts/knowledge/compile.sh", json.getFileName())
                    .isEqualTo(Files.readString(json));
        }
    }

    @Test
    void keepsNumbersAsWrittenAndReplacesAnEarlierCopy(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("facts.yaml");
        Files.writeString(yaml, "# comment\nsizes: {a: 1.10, b: -3, c: 2e3}\nflag: true\nnothing: null\nname: x\n");
        Path first = KnowledgeCompiler.compileAll(tmp).get(0);
        assertThat(Files.readString(first))
                .isEqualTo("{\"sizes\":{\"a\":1.10,\"b\":-3,\"c\":2e3},\"flag\":true,\"nothing\":null,\"name\":\"x\"}");
        Files.writeString(yaml, "name: y\n");
        Path second = KnowledgeCompiler.compileAll(tmp).get(0);
        assertThat(second).isNotEqualTo(first);
        assertThat(jsonFiles(tmp)).containsExactly(second);
    }

    @Test
    void aNumberOnlyYamlCanSpellStopsTheCompiler(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("facts.yaml"), "size: 0x1F\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeCompiler.compileAll(tmp))
                .isInstanceOf(IOException.class).hasMessageContaining("facts.yaml:1").hasMessageContaining("0x1F");
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        return files(dir, ".yaml");
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        return files(dir, ".json");
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
