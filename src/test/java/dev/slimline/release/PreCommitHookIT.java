package dev.slimline.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's .pre-commit-hooks.yaml run the way pre-commit runs a system hook: its entry with the matching
 * files appended, several at once, and a `slimline` on PATH (the packaged jar). A clean Dockerfile passes, a bloated
 * one among clean ones fails the hook, and {@code args} set the threshold.
 */
class PreCommitHookIT {

    private static final Path ROOT = Path.of(System.getProperty("slimline.repo.root", "."));
    private static final Path BLOATED = ROOT.resolve("src/test/resources/fixtures/optimize/go-stdlib/Dockerfile");
    private static final Path CLEAN = ROOT.resolve("Dockerfile");

    @TempDir
    Path bin;

    @Test
    void auditsEveryFileAndFailsOnTheBloatedOne() throws Exception {
        JsonNode hook = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile()).get(0);
        assertThat(hook.path("id").asText()).isEqualTo("slimline-audit");
        Pattern files = Pattern.compile(hook.path("files").asText());
        assertThat(List.of("Dockerfile", "services/api/Dockerfile", "app/Dockerfile.dev", "web.Dockerfile", "Containerfile"))
                .allMatch(path -> files.matcher(path).find());
        assertThat(List.of("docs/Dockerfiles.md", "Dockerfile/README", "src/main.go"))
                .noneMatch(path -> files.matcher(path).find());

        Path slimline = bin.resolve("slimline");
        Files.writeString(slimline, "#!/bin/sh\nexec \"" + System.getProperty("java.home") + "/bin/java\" -jar \""
                + ROOT.toAbsolutePath().resolve("target/slimline.jar") + "\" \"$@\"\n");
        assertThat(slimline.toFile().setExecutable(true)).isTrue();
        String entry = hook.path("entry").asText();

        assertThat(run(entry, List.of(), CLEAN)).as("clean alone").isZero();
        assertThat(run(entry, List.of(), CLEAN, BLOATED, CLEAN)).as("a bloated file among clean ones").isEqualTo(1);
        assertThat(run(entry, List.of("--fail-on", "critical"), BLOATED)).as("with args: --fail-on critical").isZero();
    }

    /** pre-commit's way: the entry split by the shell, then the hook's args, then the files. */
    private int run(String entry, List<String> args, Path... paths) throws Exception {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", entry + " \"$@\"", "hook"));
        argv.addAll(args);
        for (Path path : paths) {
            argv.add(path.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
        return process.exitValue();
    }
}
