package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HEALTHCHECK of a Go image. Distroless static (and scratch) has no shell and no curl, so when the port and the
 * health route are known the build stage compiles a tiny stdlib-only probe (a raw HTTP/1.0 GET over {@code net},
 * which keeps it near 1.5 MB where {@code net/http} costs 4.5 MB) and the runtime runs it in exec form. Its source
 * is written with printf: heredocs and {@code # syntax=} need a newer BuildKit frontend than every engine has.
 */
final class GoHealthProbe {

    private static final String BINARY = "/app/healthcheck";
    private static final String SOURCE = "/tmp/healthcheck.go";

    /**
     * Usage: healthcheck http://127.0.0.1:PORT/PATH; exit 0 on an answer of 2xx or 3xx, 1 otherwise. Each line becomes
     * one single-quoted sh word, so no line may hold a single quote (Go's '\n' is spelled out in strings instead).
     */
    private static final List<String> PROGRAM = List.of(
            "package main",
            "import (\"io\"; \"net\"; \"os\"; \"strings\"; \"time\")",
            "func main() {",
            "    if len(os.Args) != 2 { os.Exit(1) }",
            "    host, path := strings.TrimPrefix(os.Args[1], \"http://\"), \"/\"",
            "    if i := strings.Index(host, \"/\"); i >= 0 { host, path = host[:i], host[i:] }",
            "    conn, err := net.DialTimeout(\"tcp\", host, 5*time.Second)",
            "    if err != nil { os.Exit(1) }",
            "    conn.SetDeadline(time.Now().Add(8*time.Second))",
            "    io.WriteString(conn, \"GET \"+path+\" HTTP/1.0\\r\\nHost: \"+host+\"\\r\\n\\r\\n\")",
            "    status := make([]byte, 12)",
            "    if _, err := io.ReadFull(conn, status); err != nil { os.Exit(1) }",
            "    if code := string(status[9:]); code < \"200\" || code > \"399\" { os.Exit(1) }",
            "}");

    /** What the template writes for health: the decision and whether the probe is compiled in the build stage. */
    record Plan(boolean compiledProbe, HealthcheckWriter.Decision decision) {

        /** The build-stage RUN that compiles the probe, when one is needed. */
        Optional<GeneratedInstruction.Run> buildStep() {
            return compiledProbe ? Optional.of(GoHealthProbe.buildStep()) : Optional.empty();
        }

        /** The runtime-stage COPY of the probe, when one is needed. */
        Optional<GeneratedInstruction.Copy> copyStep() {
            return compiledProbe ? Optional.of(GeneratedInstruction.Copy.fromStage("build", BINARY, BINARY)) : Optional.empty();
        }
    }

    private GoHealthProbe() {
    }

    /** The user's --no-healthcheck or --health-cmd first; else the compiled probe when port and route are known. */
    static Plan plan(TemplateInput input, String runtime) {
        OptimizeOptions options = input.options();
        Optional<HealthcheckWriter.Decision> chosen = HealthcheckWriter.userChoice(options, "no HEALTHCHECK (--no-healthcheck)",
                "HEALTHCHECK runs the --health-cmd given (" + runtime
                        + " has no shell: the command must be an exec-form JSON array)");
        if (chosen.isPresent()) {
            return new Plan(false, chosen.get());
        }
        Optional<Integer> port = HealthcheckWriter.port(input.contract().ports());
        if (port.isEmpty()) {
            return none("no HEALTHCHECK: no EXPOSEd port to probe; use --health-cmd or orchestrator probes");
        }
        Optional<String> path = options.healthPath().or(() -> RouteScanner.healthRoute(input.context()));
        if (path.isEmpty()) {
            return none("no HEALTHCHECK: no health route found in the Go sources; name one with --health-path");
        }
        String url = "http://127.0.0.1:" + port.get() + (path.get().startsWith("/") ? "" : "/") + path.get();
        return new Plan(true, HealthcheckWriter.Decision.of(GeneratedInstruction.Healthcheck.exec(List.of(BINARY, url)),
                "HEALTHCHECK with a static Go probe compiled in the build stage (" + runtime
                        + " has no shell or curl; adds about 1.5 MB)"));
    }

    private static Plan none(String reason) {
        return new Plan(false, HealthcheckWriter.Decision.none(reason));
    }

    /** One RUN: printf writes the probe's source line by line (one sh word each), then a static, stripped build. */
    private static GeneratedInstruction.Run buildStep() {
        List<String> words = new ArrayList<>();
        words.add("printf '%s\\n'");
        PROGRAM.forEach(line -> words.add("    '" + line + "'"));
        words.add("    > " + SOURCE);
        words.add(" && CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o " + BINARY + " " + SOURCE);
        return new GeneratedInstruction.Run(String.join(" \\\n", words));
    }
}
