package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;

import java.util.List;
import java.util.Optional;

/**
 * HEALTHCHECK for a Java runtime, which carries no HTTP client. On glibc images (Debian slim, the Temurin JRE) bash
 * speaks HTTP/1.0 over its own /dev/tcp and reads the status line with builtins: one short-lived bash per probe
 * (a few ms of CPU), no bytes added. A probe class run by the image's java would cost a JVM start per probe (a
 * few hundred ms of CPU and tens of MB every interval). Alpine images get busybox's wget. Distroless has neither.
 */
final class JavaHealthcheck {

    /** A path safe inside single quotes and a printf argument. */
    private static final String SAFE_PATH = "/[A-Za-z0-9._~%/?=&+:@!,;-]*";

    private JavaHealthcheck() {
    }

    /**
     * @param frameworkRoute a health route the framework provides (Spring Boot actuator), tried after --health-path
     *                       and before a route found in the sources
     */
    static HealthcheckWriter.Decision decide(TemplateInput input, BaseImage runtime, Optional<String> frameworkRoute) {
        OptimizeOptions options = input.options();
        Optional<HealthcheckWriter.Decision> chosen = HealthcheckWriter.userChoice(options, "no HEALTHCHECK added: --no-healthcheck",
                "HEALTHCHECK runs the given --health-cmd");
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Integer> port = HealthcheckWriter.port(input.contract().ports());
        Optional<String> path = options.healthPath().or(() -> frameworkRoute)
                .or(() -> RouteScanner.healthRoute(input.context().map(c -> c.resolve("src/main")), 16))
                .or(() -> RouteScanner.healthRoute(input.context()));
        if (port.isEmpty() || path.isEmpty()) {
            return none(port.isEmpty() ? "no EXPOSEd port to probe" : "no health route found in the sources; use --health-path");
        }
        if (!path.get().matches(SAFE_PATH)) {
            return none("the health path " + path.get() + " has characters the probe cannot carry");
        }
        if (runtime.libc() == BaseImage.Libc.MUSL && runtime.shell()) {
            return HealthcheckWriter.Decision.of(GeneratedInstruction.Healthcheck.exec(List.of("wget", "-q", "-T", "8", "-O",
                    "/dev/null", "http://127.0.0.1:" + port.get() + path.get())),
                    "HEALTHCHECK GET " + path.get() + " with busybox wget (the image has no curl; nothing added)");
        }
        if (!runtime.shell()) {
            return none(runtime.reference() + " has no shell or HTTP client to probe with; use orchestrator probes");
        }
        return HealthcheckWriter.Decision.of(GeneratedInstruction.Healthcheck.exec(List.of("bash", "-c", bashProbe(port.get(), path.get()))),
                "HEALTHCHECK GET " + path.get() + " with bash's /dev/tcp and builtins (no curl, no JVM start"
                        + " per probe, nothing added to the image)");
    }

    /** HTTP/1.0 GET; healthy when the status line says 2xx or 3xx. Only bash builtins run. */
    static String bashProbe(int port, String path) {
        return "exec 3<>/dev/tcp/127.0.0.1/" + port
                + " && printf 'GET %s HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\n\\r\\n' '" + path + "' >&3"
                + " && read -r -t 8 _ status _ <&3 && [ ${status:-0} -ge 200 ] && [ ${status:-0} -lt 400 ] || exit 1";
    }

    private static HealthcheckWriter.Decision none(String reason) {
        return HealthcheckWriter.Decision.none("no HEALTHCHECK added: " + reason);
    }
}
