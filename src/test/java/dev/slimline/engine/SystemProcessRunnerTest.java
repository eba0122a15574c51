package dev.slimline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real process runner, exercised with the shell (no Docker involved). */
class SystemProcessRunnerTest {

    private final SystemProcessRunner runner = new SystemProcessRunner();

    private static ProcessSpec sh(String script, Duration timeout) {
        return ProcessSpec.of(List.of("/bin/sh", "-c", script), timeout);
    }

    @Test
    void collectsOutputExitCodeAndAddedEnvironment() {
        ProcessResult result = runner.run(new ProcessSpec(List.of("/bin/sh", "-c", "echo $SLIM_X; echo oops >&2; exit 3"),
                Map.of("SLIM_X", "hello"), Duration.ofSeconds(10), null));

        assertThat(result).isEqualTo(new ProcessResult(3, "hello\n", "oops\n", false));
    }

    @Test
    void inheritsTheEnvironmentSoDockerHostReachesTheClient() {
        String path = System.getenv("PATH");

        ProcessResult result = runner.run(sh("echo \"$PATH\"", Duration.ofSeconds(10)));

        assertThat(result.stdout().strip()).isEqualTo(path);
    }

    @Test
    void feedsStandardInput() {
        ProcessResult result = runner.run(new ProcessSpec(List.of("/bin/sh", "-c", "wc -c"), Map.of(),
                Duration.ofSeconds(10), new ByteArrayInputStream(new byte[100_000])));

        assertThat(result.stdout().strip()).isEqualTo("100000");
    }

    @Test
    void killsAProgramThatRunsPastItsTimeout() {
        long start = System.nanoTime();

        ProcessResult result = runner.run(sh("sleep 30", Duration.ofMillis(300)));

        assertThat(result.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void programThatCannotStartIsAnUncheckedIoError() {
        assertThatThrownBy(() -> runner.run(ProcessSpec.of(List.of("/nonexistent/docker", "info"), Duration.ofSeconds(5))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/nonexistent/docker");
    }

    @Test
    void streamsLargeOutputAndChecksTheExitCodeAtTheEnd() throws IOException {
        try (InputStream out = runner.start(sh("head -c 3000000 /dev/zero", Duration.ofSeconds(20))).stdout()) {
            assertThat(out.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(3_000_000L);
        }
        InputStream failing = runner.start(sh("printf partial; echo 'no such image' >&2; exit 1",
                Duration.ofSeconds(20))).stdout();
        assertThat(new String(failing.readNBytes(7), StandardCharsets.UTF_8)).isEqualTo("partial");
        assertThatThrownBy(failing::readAllBytes).isInstanceOf(IOException.class)
                .hasMessageEndingWith("failed (exit 1): no such image");
    }

    @Test
    void streamCutShortByItsTimeoutSaysSo() {
        InputStream out = runner.start(sh("printf x; sleep 30", Duration.ofMillis(300))).stdout();

        assertThatThrownBy(out::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("timed out");
    }

    @Test
    void closingTheStreamEndsTheProgram() throws Exception {
        ProcessRunner.StreamingProcess process = runner.start(sh("echo $$; exec sleep 30", Duration.ofSeconds(60)));
        StringBuilder pidText = new StringBuilder();
        for (int b; (b = process.stdout().read()) != '\n'; ) {
            pidText.append((char) b);
        }
        ProcessHandle sleeper = ProcessHandle.of(Long.parseLong(pidText.toString())).orElseThrow();
        long start = System.nanoTime();

        process.stdout().close();

        sleeper.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(sleeper.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
