package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.FakeDockerEngine;
import dev.slimline.image.ImageReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SecurityInspector} when the container cannot answer: its execs fail or it is gone. The checks then come
 * from the saved image (its USER, its file tree) instead of failing the run; the default test archive runs as root.
 */
class SecurityInspectorTest {

    private static final String TAG = "fake-probe:1";

    @TempDir
    Path dir;

    private final FakeDockerEngine engine = new FakeDockerEngine();

    private Map<String, Check> inspect(String container) {
        SecurityInspector inspector = new SecurityInspector(engine);
        ImageReport image = inspector.readImage(TAG);
        return inspector.inspect("api", container, FakeVerifyRun.WITH_HEALTHCHECK, image).stream()
                .collect(Collectors.toMap(Check::name, Function.identity()));
    }

    @Test
    void theContainerIsAskedFirstWhenItAnswers() {
        String container = FakeVerifyRun.runContainer(engine.container(text -> true,
                new FakeDockerEngine.ContainerScript().uid(1000)), dir, "FROM node:18-slim\n");

        Map<String, Check> checks = inspect(container);

        assertThat(checks.get("user").summary()).isEqualTo("running as uid=1000 (app)");
        assertThat(checks.get("build-tools").summary()).endsWith("(PATH, dpkg and file tree)");
    }

    @Test
    void whenEveryExecFailsTheChecksFallBackToTheSavedImage() {
        ExecResult noShell = new ExecResult(127, "", "exec: \"/bin/sh\": stat /bin/sh: no such file or directory");
        String container = FakeVerifyRun.runContainer(engine.container(text -> true,
                new FakeDockerEngine.ContainerScript().exec("cat", new ExecResult(1, "", "cat: permission denied"))
                        .exec("id", noShell).exec("/bin/sh", noShell)), dir, "FROM gcr.io/distroless/nodejs\n");

        Map<String, Check> checks = inspect(container);

        assertThat(checks.get("user").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(checks.get("user").summary()).isEqualTo("running as root: uid=0 (root)");
        assertThat(checks.get("user").evidence()).contains("exit 1");
        assertThat(checks.get("build-tools").status()).isEqualTo(CheckStatus.PASS);
        assertThat(checks.get("build-tools").summary()).endsWith("(file tree (no shell))");
        assertThat(checks.get("healthcheck-present").status()).isEqualTo(CheckStatus.PASS);
        assertThat(engine.calls("exec")).containsExactly(container + ": cat /proc/1/status", container + ": id",
                container + ": /bin/sh -c " + SecurityInspector.TOOL_LOOKUP);
    }

    @Test
    void aContainerThatIsGoneStillGetsEveryCheckFromTheImage() {
        FakeVerifyRun.runContainer(engine, dir, "FROM node:18-slim\n");

        Map<String, Check> checks = inspect("container-gone");

        assertThat(checks).containsOnlyKeys("user", "build-tools", "caches", "healthcheck-present");
        assertThat(checks.get("user").summary()).isEqualTo("running as root: uid=0 (root)");
        assertThat(checks.get("user").evidence()).isEmpty();
        assertThat(checks.get("build-tools").summary()).endsWith("(file tree (no shell))");
        assertThat(engine.calls("exec")).hasSize(3).allMatch(call -> call.startsWith("container-gone: "));
    }

    @Test
    void anImageTheEngineCannotSaveIsAnEngineError() {
        FakeVerifyRun.runContainer(engine, dir, "FROM node:18-slim\n");
        engine.failCall("save", TAG);

        assertThatThrownBy(() -> new SecurityInspector(engine).readImage(TAG)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("save " + TAG);
        assertThat(engine.calls("save")).containsExactly(TAG);
    }
}
