package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice.Family;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static final String DISTROLESS = "gcr.io/distroless/static-debian12:nonroot";

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

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/optimize/go-stdlib");

    /** The fixture's single-stage Dockerfile as teams write them: toolchain image, tools, sources, build, root. */
    private static final String BLOATED = read(FIXTURE.resolve("Dockerfile"));

    private static final String PROBE_HEALTHCHECK = "HEALTHCHECK --interval=30s --timeout=10s --start-period=30s"
            + " --retries=3 CMD [\"/app/healthcheck\", \"http://127.0.0.1:8080/health\"]\n";

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

    /** The fixture's Go sources (its route is /health) as the build context. */
    private static RewriteTester goService() {
        RewriteTester tester = optimizer();
        for (String file : List.of("go.mod", "main.go", "handlers.go", "store.go", "handlers_test.go")) {
            tester.file(file, read(FIXTURE.resolve(file)));
        }
        return tester;
    }

    /** The fixture optimized: the build stage (with the probe step when probed) and the runtime stage on {@code from}. */
    private static String optimizedFixture(String from, String user, String healthcheck) {
        boolean probed = healthcheck.contains("/app/healthcheck");
        return BUILD_STAGE_HEAD + (probed ? PROBE_BUILD : "") + BUILD_STAGE_TAIL
                + "FROM " + from + "\n"
                + "ENV PORT=8080\n"
                + "WORKDIR /go/src/app\n"
                + "COPY --from=build /app/server /app/server\n"
                + (probed ? "COPY --from=build /app/healthcheck /app/healthcheck\n" : "")
                + "EXPOSE 8080\n"
                + "USER " + user + "\n"
                + healthcheck
                + "ENTRYPOINT [\"/app/server\"]\n";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OptimizeOptions healthPath(String path) {
        return new OptimizeOptions(Family.AUTO, Optional.empty(), Optional.empty(), Optional.of(path), Optional.empty(),
                false);
    }

    private static String changes(RewriteTester tester) {
        return String.join("\n", tester.last().changes().stream().map(Change::summary).toList());
    }

    /** The whole expected output once in full, as a user reads it; the other cases vary it through optimizedFixture. */
    @Test
    void healthRouteInTheSourcesGetsACompiledProbeOnDistrolessStatic() {
        RewriteTester tester = goService();
        tester.rewriteRun(BLOATED, BUILD_STAGE_HEAD + PROBE_BUILD + BUILD_STAGE_TAIL + """
                FROM gcr.io/distroless/static-debian12:nonroot
                ENV PORT=8080
                WORKDIR /go/src/app
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

    /** go.work: the modules' go.mod files live in their directories, so there is no root manifest step. */
    @Test
    void aGoWorkWorkspaceIsCopiedWholeBeforeTheBuild() {
        RewriteTester tester = optimizer().file("go.work", "go 1.19\n\nuse (\n\t./lib\n\t./svc\n)\n")
                .file("lib/go.mod", "module example.com/lib\n\ngo 1.19\n")
                .file("svc/go.mod", "module example.com/svc\n\ngo 1.19\n")
                .file("svc/main.go", "package main\n");
        tester.rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o /usr/local/bin/svc ./svc
                EXPOSE 7070
                CMD ["svc"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server ./svc

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /src
                COPY --from=build /app/server /app/server
                EXPOSE 7070
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("go.work workspace: its modules are copied whole before the build");
    }

    @Test
    void distrolessFamilyGivesTheSameImageAsAuto() {
        goService().options(OptimizeOptions.defaults().withFamily(Family.DISTROLESS))
                .rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532", PROBE_HEALTHCHECK));
    }

    @Test
    void noHealthRouteKeepsTheImageWithoutHealthcheckAndSaysWhy() {
        RewriteTester tester = optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n");
        tester.rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532", ""));
        assertThat(changes(tester)).contains("no HEALTHCHECK: no health route found in the Go sources; name one with --health-path");
        assertThat(tester.last().healthcheckAfter()).isFalse();
    }

    @Test
    void routeOnlyInATestFileIsNotTakenForTheServersOwn() {
        optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n")
                .file("main_test.go", read(FIXTURE.resolve("handlers.go")))
                .rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532", ""));
    }

    @Test
    void noExposedPortMeansNoProbeEvenWithARoute() {
        RewriteTester tester = goService();
        tester.rewriteRun(BLOATED.replace("EXPOSE 8080\n", ""),
                optimizedFixture(DISTROLESS, "65532:65532", "").replace("EXPOSE 8080\n", ""));
        assertThat(changes(tester)).contains("no HEALTHCHECK: no EXPOSEd port to probe");
    }

    @Test
    void healthPathOptionNamesTheRouteTheScannerCannotFind() {
        optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n").options(healthPath("/-/ready"))
                .rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532",
                        PROBE_HEALTHCHECK.replace("8080/health", "8080/-/ready")));
    }

    @Test
    void healthPathOptionWinsOverTheRouteInTheSourcesOnAPortWithProtocol() {
        goService().options(healthPath("/api/status")).rewriteRun(BLOATED.replace("EXPOSE 8080", "EXPOSE 9000/tcp"),
                optimizedFixture(DISTROLESS, "65532:65532", """
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:9000/api/status"]
                """).replace("EXPOSE 8080", "EXPOSE 9000/tcp"));
    }

    @Test
    void noHealthcheckOptionLeavesTheProbeOut() {
        RewriteTester tester = goService().options(OptimizeOptions.defaults().withoutHealthcheck());
        tester.rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532", ""));
        assertThat(changes(tester)).contains("no HEALTHCHECK (--no-healthcheck)");
        assertThat(tester.last().healthcheckAfter()).isFalse();
    }

    @Test
    void healthCmdOptionIsUsedInsteadOfTheProbe() {
        RewriteTester tester = goService().options(OptimizeOptions.defaults().withHealthCmd("[\"/app/server\", \"-check\"]"));
        tester.rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532", """
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/server", "-check"]
                """));
        assertThat(changes(tester)).contains("HEALTHCHECK runs the --health-cmd given", "exec-form JSON array")
                .doesNotContain("no HEALTHCHECK");
    }

    @Test
    void alpineFamilyRunsTheSameStaticProbe() {
        goService().options(OptimizeOptions.defaults().withFamily(Family.ALPINE))
                .rewriteRun(BLOATED, optimizedFixture("alpine:3.21", "65532:65532", PROBE_HEALTHCHECK));
    }

    @Test
    void alpineFamilyWithoutRouteHasNoHealthcheck() {
        RewriteTester tester = optimizer().file("go.mod", GO_MOD).file("main.go", "package main\n")
                .options(OptimizeOptions.defaults().withFamily(Family.ALPINE));
        tester.rewriteRun(BLOATED, optimizedFixture("alpine:3.21", "65532:65532", ""));
        assertThat(changes(tester)).contains("runtime alpine:3.21");
    }

    @Test
    void chosenUidAppliesWithTheProbe() {
        goService().options(new OptimizeOptions(Family.AUTO, Optional.of("app"), Optional.of(10001), Optional.empty(),
                Optional.empty(), false)).rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "10001:10001", PROBE_HEALTHCHECK));
    }

    @Test
    void optimizedFixtureIsLeftAlone() {
        goService().rewriteRun(optimizedFixture(DISTROLESS, "65532:65532", PROBE_HEALTHCHECK));
    }

    @Test
    void outputWithEqualsSignIntoASubdirectoryAndCommandArguments() {
        goService().rewriteRun(BLOATED.replace("go build -o server .", "go build -o=bin/quotes .")
                        .replace("CMD [\"./server\"]", "CMD [\"bin/quotes\", \"-addr\", \":8080\"]"),
                optimizedFixture(DISTROLESS, "65532:65532", PROBE_HEALTHCHECK)
                        .replace("ENTRYPOINT [\"/app/server\"]", "ENTRYPOINT [\"/app/server\", \"-addr\", \":8080\"]"));
    }

    @Test
    void absoluteOutputAndACmdPackagePathKeepTheVersionStampedWithLdflags() {
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
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.version=1.2.0" -o /app/server ./cmd/server

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /src
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
                """).rewriteRun(BLOATED, optimizedFixture(DISTROLESS, "65532:65532",
                        PROBE_HEALTHCHECK.replace("8080/health", "8080/livez")));
    }

    @Test
    void buildTagsAndLinkerFlagsOfTheAuthorAreKeptAndValueFlagsAreNotTakenForThePackage() {
        optimizer().file("go.mod", GO_MOD).rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -mod vendor -tags "netgo osusergo" -ldflags="-w -X main.commit=abc" -o app ./cmd/api
                CMD ["./app"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.commit=abc" -tags="netgo osusergo" -o /app/server ./cmd/api

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /src
                COPY --from=build /app/server /app/server
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void goRunInTheCmdIsBuiltOnceAndItsProgramArgumentsAreKept() {
        optimizer().file("go.mod", GO_MOD).rewriteRun("""
                FROM golang:1.19
                WORKDIR /go/src/app
                COPY . .
                CMD ["go", "run", "-tags", "netgo", "main.go", "routes.go", "-v"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /go/src/app
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -tags=netgo -o /app/server main.go routes.go

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /go/src/app
                COPY --from=build /app/server /app/server
                USER 65532:65532
                ENTRYPOINT ["/app/server", "-v"]
                """);
    }

    @Test
    void cgoBuildRunsOnDebianSlimWithTheBuildsAptPackagesInTheBuildStage() {
        RewriteTester tester = optimizer().file("go.mod", GO_MOD);
        tester.rewriteRun("""
                FROM golang:1.19
                RUN apt-get update && apt-get install -y libxml2-dev
                WORKDIR /app
                COPY . .
                ENV CGO_ENABLED=1
                RUN go build -o packd .
                CMD ["./packd"]
                """, """
                FROM golang:1.19 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends libxml2-dev && rm -rf /var/lib/apt/lists/*
                WORKDIR /app
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM debian:bookworm-slim
                RUN apt-get update && apt-get install -y --no-install-recommends libxml2 && rm -rf /var/lib/apt/lists/*
                ENV CGO_ENABLED=1
                WORKDIR /app
                COPY --from=build /app/server /app/server
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(changes(tester)).contains("cgo kept (CGO_ENABLED=1)");
    }
}
