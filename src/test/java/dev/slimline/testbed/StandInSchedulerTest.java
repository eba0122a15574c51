package dev.slimline.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * testbed/lib/images.sh's scheduler (run_builds) with the builds replaced by stubs: every stand-in starts only after
 * the one it builds on has ended, no more than two run at once, builds that end at once are not lost, and a failed
 * build stops the setup with its name. No engine: the stubs only write lines.
 */
class StandInSchedulerTest {

    private static final Path TESTBED = Path.of("testbed");

    private static Run schedule(Path dir, String buildOne) throws IOException, InterruptedException {
        Path log = dir.resolve("builds.log");
        String script = """
                set -euo pipefail
                . lib/common.sh; . lib/images.sh
                LOG=%s
                build_one() { %s }
                queue=("${RECIPES[0]}" wheelhouse "${RECIPES[@]:1}")
                run_builds "${queue[@]}"
                for r in "${RECIPES[@]}" wheelhouse; do echo "parent $r $(parent_of "$r")" >>"$LOG"; done
                """.formatted(log, buildOne);
        Process bash = new ProcessBuilder("bash", "-c", script).directory(TESTBED.toFile())
                .redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return new Run(bash.exitValue(), output, lines);
    }

    private record Run(int exit, String output, List<String> lines) {
    }

    @Test
    void buildsRunInDependencyOrderTwoAtATimeEvenWhenTheyEndAtOnce(@TempDir Path dir) throws Exception {
        for (String body : List.of("echo \"start $1\" >>\"$LOG\"; echo \"end $1\" >>\"$LOG\";",
                "echo \"start $1\" >>\"$LOG\"; sleep 0.$((RANDOM % 3 + 1)); echo \"end $1\" >>\"$LOG\";")) {
            Run run = schedule(dir, body);
            assertThat(run.exit()).as(run.output()).isZero();
            List<String> events = run.lines().stream().filter(l -> !l.startsWith("parent ")).toList();
            List<String> started = events.stream().filter(l -> l.startsWith("start ")).toList();
            assertThat(started).hasSize(17).doesNotHaveDuplicates();
            assertThat(events.stream().filter(l -> l.startsWith("end "))).hasSize(17);
            for (String parentLine : run.lines().stream().filter(l -> l.startsWith("parent ")).toList()) {
                String[] words = parentLine.split(" ");
                if (words.length == 3) {
                    assertThat(events.indexOf("start " + words[1])).as(parentLine)
                            .isGreaterThan(events.indexOf("end " + words[2]));
                }
            }
            List<String> runningNow = new ArrayList<>();
            for (String event : events) {
                String recipe = event.substring(event.indexOf(' ') + 1);
                if (event.startsWith("start ")) {
                    runningNow.add(recipe);
                    assertThat(runningNow).as("at most two at once").hasSizeLessThanOrEqualTo(2);
                } else {
                    runningNow.remove(recipe);
                }
            }
            Files.delete(dir.resolve("builds.log"));
        }
    }

    @Test
    void aFailedBuildStopsTheSetupNamingIt(@TempDir Path dir) throws Exception {
        Run run = schedule(dir, "[ \"$1\" = node-18 ] && exit 3; sleep 0.1;");
        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("stand-in build of node-18 failed (exit 3)");
        assertThat(run.lines()).noneMatch(l -> l.startsWith("parent "));
    }
}
