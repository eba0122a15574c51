package dev.slimline.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Larger, realistic Dockerfiles under src/test/resources/dockerfiles/rules, linted with every built-in rule:
 * each finding must be announced by a {@code # expect:} comment and each expectation met.
 */
class RealWorldDockerfilesTest {

    private static final Path DIR = Path.of("src/test/resources/dockerfiles/rules");

    static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".Dockerfile")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void findingsMatchTheInlineExpectations(Path file) {
        RuleTester.check(DockerfileParser.parse(file), LintOptions.defaults(), BuiltinRules.all());
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void everyFileExpectsSomethingOrSaysItIsClean(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text.contains("# expect:") || text.contains("# clean:")).as(file + " states its expectations").isTrue();
    }
}
