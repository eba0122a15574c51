package dev.slimline.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/release.sh, from the jar the build made ({@code --jar}, no image): the release holds the jar, the installer
 * the generated workflows pin, shell completion that completes slimline's commands in bash, a man page per command
 * (AsciiDoc and troff) written from the command model, a jbang catalog pointing at the jar, and SHA256SUMS that
 * every file matches.
 */
class ReleaseScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("slimline.repo.root", "."));
    private static final String URL = "http://127.0.0.1:9/releases/v-test";

    @TempDir
    Path temp;

    @Test
    void theReleaseHoldsCompletionManPagesInstallerAndChecksums() throws Exception {
        Path dist = temp.resolve("dist");
        Run release = run(List.of("bash", ROOT.resolve("scripts/release.sh").toString(), "--no-image", "--jar",
                ROOT.resolve("target/slimline.jar").toString(), "--out", dist.toString(), "--release-url", URL));
        assertThat(release.exit()).as(release.out()).isZero();

        String version = versionOf(release.out());
        Path jar = dist.resolve("slimline-" + version + ".jar");
        assertThat(Files.mismatch(jar, ROOT.resolve("target/slimline.jar"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dist.resolve("install-slimline.sh"), ROOT.resolve("scripts/install-slimline.sh")))
                .isEqualTo(-1L);

        // completion: bash completes "slimline au" to audit and "slimline ci " to init
        Run complete = run(List.of("bash", "-c", "source \"$1\"; complete -p slimline;"
                + " COMP_WORDS=(slimline au); COMP_CWORD=1; _complete_slimline; echo \"one:${COMPREPLY[*]}\";"
                + " COMP_WORDS=(slimline ci ''); COMP_CWORD=2; _complete_slimline; echo \"two:${COMPREPLY[*]}\"",
                "complete", dist.resolve("slimline_completion").toString()));
        assertThat(complete.exit()).as(complete.out()).isZero();
        assertThat(complete.out()).contains("complete -o default -F _complete_slimline slimline", "one:audit",
                "two:init");

        for (String command : List.of("slimline", "slimline-audit", "slimline-optimize", "slimline-verify",
                "slimline-gate", "slimline-ci-init", "slimline-scan", "slimline-db-update")) {
            assertThat(dist.resolve("man/" + command + ".adoc")).isNotEmptyFile();
            String troff = Files.readString(dist.resolve("man/" + command + ".1"));
            assertThat(troff).as(command)
                    .contains(".TH \"" + command.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\"");
        }
        assertThat(Files.readString(dist.resolve("man/slimline-ci-init.1"))).contains("install");
        // NAME holds the whole first sentence, not the description's first line cut mid-sentence
        assertThat(Files.readString(dist.resolve("man/slimline-audit.adoc")))
                .contains("slimline-audit - Audits every Dockerfile under DIR (or one Dockerfile): base image,"
                        + " estimated size (~), layers, the top issue per service, missing .dockerignore files and the"
                        + " estimated saving.");

        JsonNode catalog = new ObjectMapper().readTree(dist.resolve("jbang-catalog.json").toFile());
        assertThat(catalog.path("aliases").path("slimline").path("script-ref").asText())
                .isEqualTo(URL + "/slimline-" + version + ".jar");

        List<String> sums = Files.readAllLines(dist.resolve("SHA256SUMS"));
        assertThat(sums).anySatisfy(line -> assertThat(line).endsWith("  slimline-" + version + ".jar"))
                .anySatisfy(line -> assertThat(line).endsWith("  install-slimline.sh"))
                .anySatisfy(line -> assertThat(line).endsWith("  slimline_completion"));
        for (String line : sums) {
            String[] parts = line.split(" {2}", 2);
            try (var in = Files.newInputStream(dist.resolve(parts[1]))) {
                assertThat(Sha256.of(in)).as(parts[1]).isEqualTo(parts[0]);
            }
        }
    }

    @Test
    void aMissingJarIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path dist = temp.resolve("dist");
        Run release = run(List.of("bash", ROOT.resolve("scripts/release.sh").toString(), "--no-image", "--jar",
                temp.resolve("none.jar").toString(), "--out", dist.toString()));
        assertThat(release.exit()).isEqualTo(3);
        assertThat(release.out()).contains("release: no jar at");
        assertThat(dist).doesNotExist();
    }

    /** The version the script read from the pom, from its first line "release: slimline VERSION into DIST". */
    private static String versionOf(String out) {
        String line = out.lines().filter(l -> l.startsWith("release: slimline ")).findFirst().orElseThrow();
        return line.substring("release: slimline ".length(), line.indexOf(" into "));
    }

    private record Run(int exit, String out) {
    }

    private Run run(List<String> argv) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).directory(ROOT.toFile());
        Path log = temp.resolve("out-" + System.nanoTime() + ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
