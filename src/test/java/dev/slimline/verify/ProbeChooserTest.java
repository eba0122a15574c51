package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.HealthCheck;
import dev.slimline.engine.RuntimeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProbeChooserTest {

    private static ServiceUnderTest service(ServiceRuntime runtime, String healthPath) {
        Path p = Path.of("x");
        return new ServiceUnderTest("services/x", p, p, p, runtime, healthPath);
    }

    private static RuntimeConfig config(List<String> cmd, Set<String> ports, boolean healthcheck) {
        return new RuntimeConfig("", healthcheck ? Optional.of(new HealthCheck(List.of("CMD-SHELL", "true"),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, 0)) : Optional.empty(), List.of(), cmd, List.of(), ports,
                "", Map.of(), "", Set.of());
    }

    @Test
    void composePortsComeFirstThenExposedTcpPorts() {
        ServiceRuntime runtime = new ServiceRuntime("x", Map.of(), List.of(3000), List.of(), null);
        HealthProbe probe = ProbeChooser.choose(service(runtime, null),
                config(List.of(), Set.of("8080/tcp", "53/udp", "3000/tcp"), false));
        assertThat(probe).isEqualTo(new HealthProbe.Http(3000, ProbeChooser.DEFAULT_PATHS));
        assertThat(ProbeChooser.ports(runtime, config(List.of(), Set.of("8080/tcp", "53/udp"), false)))
                .containsExactly(3000, 8080);
    }

    @Test
    void theHealthchecksOwnRouteIsTriedFirst() {
        RuntimeConfig config = new RuntimeConfig("", Optional.of(new HealthCheck(List.of("CMD", "node", "-e",
                "require('http').get('http://127.0.0.1:3000/api/health', r => 0)"), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, 0)), List.of(), List.of(), List.of(), Set.of("3000/tcp"), "", Map.of(), "", Set.of());
        assertThat(ProbeChooser.choose(service(ServiceRuntime.none("x"), null), config))
                .isEqualTo(new HealthProbe.Http(3000, List.of("/api/health", "/health", "/healthz", "/")));
    }

    @Test
    void bothVariantsAreAskedTheRouteEitherHealthcheckRequestsTheirOwnFirst() {
        RuntimeConfig optimized = new RuntimeConfig("", Optional.of(new HealthCheck(List.of("CMD", "node", "-e",
                "require('http').get('http://127.0.0.1:8081/ping', r => 0)"), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, 0)), List.of(), List.of(), List.of(), Set.of("8081/tcp"), "", Map.of(), "", Set.of());
        RuntimeConfig original = new RuntimeConfig("", Optional.of(new HealthCheck(List.of("CMD-SHELL",
                "curl -f http://localhost:8081/status || exit 1"), Duration.ZERO, Duration.ZERO, Duration.ZERO, 0)),
                List.of(), List.of(), List.of(), Set.of("8081/tcp"), "", Map.of(), "", Set.of());
        ServiceUnderTest service = service(ServiceRuntime.none("x"), null);

        assertThat(ProbeChooser.choose(service, original, optimized)).isEqualTo(
                new HealthProbe.Http(8081, List.of("/status", "/ping", "/health", "/healthz", "/api/health", "/")));
        assertThat(ProbeChooser.choose(service, optimized, original)).isEqualTo(
                new HealthProbe.Http(8081, List.of("/ping", "/status", "/health", "/healthz", "/api/health", "/")));
        assertThat(ProbeChooser.choose(service, config(List.of(), Set.of("8081/tcp"), false), optimized))
                .as("an original without a HEALTHCHECK").isEqualTo(
                        new HealthProbe.Http(8081, List.of("/ping", "/health", "/healthz", "/api/health", "/")));
    }

    @Test
    void givenHealthPathIsTheOnlyOneTried() {
        HealthProbe probe = ProbeChooser.choose(service(ServiceRuntime.none("x"), "/ready"),
                config(List.of(), Set.of("80/tcp"), false));
        assertThat(probe).isEqualTo(new HealthProbe.Http(80, List.of("/ready")));
    }

    @Test
    void celeryWorkerInShellOrExecFormGetsInspectPing() {
        List<String> ping = List.of("celery", "-A", "tasks", "inspect", "ping", "--timeout", "3");
        assertThat(ProbeChooser.choose(service(ServiceRuntime.none("w"), null),
                config(List.of("/bin/sh", "-c", "celery -A tasks worker --loglevel=info"), Set.of(), false)))
                .isEqualTo(new HealthProbe.Command(ping, "pong"));
        assertThat(ProbeChooser.choose(service(ServiceRuntime.none("w"), null),
                config(List.of("celery", "--app=proj.app", "worker"), Set.of(), true)))
                .isEqualTo(new HealthProbe.Command(List.of("celery", "-A", "proj.app", "inspect", "ping", "--timeout",
                        "3"), "pong"));
    }

    @Test
    void withoutPortOrCeleryTheHealthcheckOrStayingUp() {
        assertThat(ProbeChooser.choose(service(ServiceRuntime.none("x"), null), config(List.of("run"), Set.of(), true)))
                .isInstanceOf(HealthProbe.ImageHealthcheck.class);
        assertThat(ProbeChooser.choose(service(ServiceRuntime.none("x"), null), config(List.of("run"), Set.of(), false)))
                .isInstanceOf(HealthProbe.StaysUp.class);
    }

    @Test
    void healthcheckTestBecomesAnExecArgv() {
        assertThat(HealthProber.healthcheckArgv(new HealthCheck(List.of("CMD-SHELL", "curl -f http://x/ || exit 1"),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, 0)))
                .containsExactly("/bin/sh", "-c", "curl -f http://x/ || exit 1");
        assertThat(HealthProber.healthcheckArgv(new HealthCheck(List.of("CMD", "node", "h.js"), Duration.ZERO,
                Duration.ZERO, Duration.ZERO, 0))).containsExactly("node", "h.js");
        assertThat(HealthProber.healthcheckArgv(new HealthCheck(List.of("NONE"), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, 0))).isEmpty();
    }
}
