package dev.slimline.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule is exercised: some test names its class (so it runs on cases where it must stay quiet) and
 * some {@code # expect:} comment names its ID (so it must fire there).
 */
class RuleTestCoverageTest {

    private static final Path TESTS = Path.of("src/test/java/dev/slimline/rule/builtin");
    private static final Path FILES = Path.of("src/test/resources/dockerfiles/rules");

    @Test
    void everyRuleHasAFiringAndAQuietCase() throws IOException {
        String sources = readAll(TESTS, ".java");
        String expectations = sources + readAll(FILES, ".Dockerfile");
        List<String> missing = new ArrayList<>();
        for (Rule rule : BuiltinRules.all()) {
            String id = rule.info().id();
            if (!sources.contains("new " + rule.getClass().getSimpleName() + "()")) {
                missing.add(id + " has no test that runs it alone");
            }
            if (!expectations.matches("(?s).*# expect:[^\\n]*\\b" + id + "\\b.*")) {
                missing.add(id + " is never expected to fire");
            }
        }
        assertThat(missing).isEmpty();
    }

    private static String readAll(Path dir, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
