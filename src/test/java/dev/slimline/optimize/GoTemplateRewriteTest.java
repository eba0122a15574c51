package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice.Family;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Go template's health check: a static probe compiled in the build stage when the port and health route are
 * known, the user's choices (--health-path, --health-cmd, --no-healthcheck), other families, and the build's
 * output and package variants. Every case also checks round-trip and idempotence (RewriteTester).
 */
class GoTemplateRewriteTest {

    private static final String GO_MOD = "module example.com/quotes\n\ngo 1.19\n";

    private static final String HANDLERS = """
            package main

            import "net/http"

            func routes() http.Handler {
            \tmux := http.NewServeMux()
            \tmux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
            \tmux.HandleFunc("/", index)
            \treturn mux
            }
            """;

    /** The build-stage step that writes and compiles the probe, as a user reads it in the output. */
    private static final String PROBE_BUILD = """
            RUN printf '%s\\n' \\
                'package main' \\
                'import ("io"; "net"; "os"; "strings"; "time")' \\
                'func main() {' \\
                '    if len(os.Args) != 2 { os.Exit(1) }' \\
                '    host, path := strings.TrimPrefix(os.Args[1], "http://"), "/"' \\
                '    if i := strings.Index(host, "/"); i >= 0 { host, path = host[:i], host[i:] }' \\
                '    conn, err := net.DialTimeout("tcp", host, 5*time.Second)' \\
                '    if err != nil { os.Exit(1) }' \\
                '    conn.SetDeadline(time.Now().Add(8*time.Second))' \\
                '    io.WriteString(conn, "GET "+path+" HTTP/1.0\\r\\nHost: "+host+"\\r\\n\\r\\n")' \\
                '    status := make([]byte, 12)' \\
                '    if _, err := io.ReadFull(conn, status); err != nil { os.Exit(1) }' \\
                '    if code := string(status[9:]); code < "200" || code > "399" { os.Exit(1) }' \\
                '}' \\
                > /tmp/healthcheck.go \\
             && CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/healthcheck /tmp/healthcheck.go
            """;

    /** A single-stage Dockerfile as teams write them: toolchain image, tools, sources, build, root. */
    private static final String BLOATED = """
            FROM golang:1.19

            RUN apt-get update && apt-get install -y git make vim-tiny

            WORKDIR /go/src/app
            COPY . .
            RUN go mod download
            RUN go build -o server .

            ENV PORT=8080
            EXPOSE 8080
            CMD ["./server"]
            """;

    private static final String BUILD_STAGE_HEAD = """
            FROM golang:1.19 AS build
            WORKDIR /go/src/app
            """;

    private static final String BUILD_STAGE_TAIL = """
            COPY go.* ./
            RUN go mod download
            COPY . .
            RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

            """;

    private static RewriteTester goService() {
        return optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n").file("handlers.go", HANDLERS);
    }

    private static OptimizeOptions healthPath(String path) {
        return new OptimizeOptions(Family.AUTO, Optional.empty(), Optional.empty(), Optional.of(path), Optional.empty(),
                false);
    }

    private static String changes(RewriteTester tester) {
        return String.join("\n", tester.last().changes().stream().map(Change::summary).toList());
    }

    @Test
    void healthRouteInTheSourcesGetsACompiledProbeOnDistrolessStatic() {
        RewriteTester tester = goService();
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/health"]
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("HEALTHCHECK with a static Go probe compiled in the build stage",
                "has no shell or curl", "about 1.5 MB");
        assertThat(tester.last().healthcheckAfter()).isTrue();
        assertThat(tester.last().template()).contains("go");
    }

    @Test
    void distrolessFamilyGivesTheSameImageAsAuto() {
        goService().options(OptimizeOptions.defaults().withFamily(Family.DISTROLESS)).rewriteRun(BLOATED,
                BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/health"]
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void noHealthRouteKeepsTheImageWithoutHealthcheckAndSaysWhy() {
        RewriteTester tester = optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n");
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                EXPOSE 8080
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("no HEALTHCHECK: no health route found in the Go sources; name one with --health-path");
        assertThat(tester.last().healthcheckAfter()).isFalse();
    }

    @Test
    void routeOnlyInATestFileIsNotTakenForTheServersOwn() {
        optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n").file("main_test.go", HANDLERS)
                .rewriteRun(BLOATED, BUILD_STAGE_HEAD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                EXPOSE 8080
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void noExposedPortMeansNoProbeEvenWithARoute() {
        RewriteTester tester = goService();
        tester.rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o server .
                CMD ["./server"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /app/server /app/server
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("no HEALTHCHECK: no EXPOSEd port to probe");
    }

    @Test
    void healthPathOptionNamesTheRouteTheScannerCannotFind() {
        RewriteTester tester = optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n")
                .options(healthPath("/-/ready"));
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/-/ready"]
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void healthPathOptionWinsOverTheRouteInTheSources() {
        goService().options(healthPath("/api/status")).rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o server .
                EXPOSE 9000/tcp
                CMD ["./server"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                """ + PROBE_BUILD + """
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 9000/tcp
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:9000/api/status"]
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void noHealthcheckOptionLeavesTheProbeOut() {
        RewriteTester tester = goService().options(OptimizeOptions.defaults().withoutHealthcheck());
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                EXPOSE 8080
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("no HEALTHCHECK (--no-healthcheck)");
        assertThat(tester.last().healthcheckAfter()).isFalse();
    }

    @Test
    void healthCmdOptionIsUsedInsteadOfTheProbe() {
        RewriteTester tester = goService().options(OptimizeOptions.defaults().withHealthCmd("[\"/app/server\", \"-check\"]"));
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/server", "-check"]
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("HEALTHCHECK runs the --health-cmd given", "exec-form JSON array")
                .doesNotContain("no HEALTHCHECK");
    }

    @Test
    void alpineFamilyRunsTheSameStaticProbe() {
        goService().options(OptimizeOptions.defaults().withFamily(Family.ALPINE)).rewriteRun(BLOATED,
                BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM alpine:3.20
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/health"]
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void alpineFamilyWithoutRouteHasNoHealthcheck() {
        RewriteTester tester = optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n")
                .options(OptimizeOptions.defaults().withFamily(Family.ALPINE));
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + BUILD_STAGE_TAIL + """
                FROM alpine:3.20
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                EXPOSE 8080
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("runtime alpine:3.20");
    }

    @Test
    void outputWithEqualsSignAndRelativeDirectory() {
        goService().rewriteRun("""
                FROM golang:1.19
                WORKDIR /build
                COPY . .
                RUN go build -o=bin/quotes .
                EXPOSE 8080
                CMD ["bin/quotes", "-addr", ":8080"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /build
                """ + PROBE_BUILD + """
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/health"]
                ENTRYPOINT ["/app/server", "-addr", ":8080"]
                """);
    }

    @Test
    void absoluteOutputWithLdflagsAndACmdPackagePath() {
        optimizer().file("go.mod", GO_MOD).file("cmd/server/main.go", """
                package main

                import "net/http"

                func main() {
                \thttp.Handle("/healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
                \thttp.ListenAndServe(":3000", nil)
                }
                """).rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -ldflags "-X main.version=1.2.0" -o /usr/local/bin/quotes ./cmd/server
                EXPOSE 3000
                ENTRYPOINT ["/usr/local/bin/quotes"]
                CMD ["--verbose"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                """ + PROBE_BUILD + """
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server ./cmd/server

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 3000
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:3000/healthz"]
                ENTRYPOINT ["/app/server", "--verbose"]
                """);
    }

    @Test
    void methodPatternsOfGo122ServeMuxAreFound() {
        optimizer().file("go.mod", GO_MOD).file("server.go", """
                package main

                import "net/http"

                func routes(mux *http.ServeMux) {
                \tmux.HandleFunc("GET /livez", live)
                }
                """).rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o server .
                EXPOSE 8080
                CMD ["./server"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                """ + PROBE_BUILD + """
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/livez"]
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void chosenUidAppliesWithTheProbe() {
        goService().options(new OptimizeOptions(Family.AUTO, Optional.of("app"), Optional.of(10001), Optional.empty(),
                Optional.empty(), false)).rewriteRun(BLOATED, BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 10001:10001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/health"]
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void optimizedGoImageWithProbeIsLeftAlone() {
        goService().rewriteRun(BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /app/server /app/server
                COPY --from=build /app/healthcheck /app/healthcheck
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/health"]
                ENTRYPOINT ["/app/server"]
                """);
    }
}
