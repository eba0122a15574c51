package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice.Family;
import dev.slimline.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Rust stack before and after: cargo install, cargo build and cargo run originals; the runtime decided by what
 * the binary links (distroless cc, static for musl, debian slim for -sys crates); the dependency cache from the
 * manifests of a single package and of a workspace with vendored crates; VOLUME ownership; refusals. Every case also
 * checks round-trip and idempotence (RewriteTester).
 */
class RustTemplateRewriteTest {

    private static final String MANIFEST = """
            [package]
            name = "shortlink"
            version = "0.2.0"
            edition = "2021"
            """;
    /** A lock file with the project alone: std-only, nothing to cache. */
    private static final String LOCK_ALONE = """
            version = 3

            [[package]]
            name = "shortlink"
            version = "0.2.0"
            """;

    /** An already multi-stage build: the builder stage, then a runtime stage still on the rust image. */
    private static final String BUILDER_STAGE = """
            FROM rust:1.63 AS builder
            WORKDIR /src
            COPY . .
            RUN cargo build --release

            """;
    private static final String RUST_RUNTIME_STAGE = """
            FROM rust:1.63
            COPY --from=builder /src/target/release/shortlink /usr/local/bin/shortlink
            CMD ["shortlink"]
            """;

    private static String changes(RewriteTester tester) {
        return String.join("\n", tester.last().changes().stream().map(Change::summary).toList());
    }

    @TempDir
    Path dir;

    /** The whole optimizer over the std-only project, for refusals (whose output is the safe recipes'). */
    private OptimizationResult optimizeStdOnly(String dockerfile, OptimizeOptions options) {
        try {
            Files.writeString(dir.resolve("Cargo.toml"), MANIFEST);
            Files.writeString(dir.resolve("Cargo.lock"), LOCK_ALONE);
            Files.createDirectories(dir.resolve("src"));
            Files.writeString(dir.resolve("src/main.rs"), "fn main() {}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Optimizer(RewriteTester.CATALOG).optimize(DockerfileParser.parse(dockerfile, Path.of("Dockerfile")),
                Optional.of(dir), options);
    }

    private static RewriteTester stdOnly() {
        return optimizer().file("Cargo.toml", MANIFEST).file("Cargo.lock", LOCK_ALONE)
                .file("src/main.rs", "fn main() {}\n");
    }

    @Test
    void cargoInstallOnTheRustImageBecomesABinaryOnDistrolessCc() {
        RewriteTester tester = stdOnly();
        tester.rewriteRun("""
                FROM rust:1.63
                WORKDIR /usr/src/shortlink
                COPY . .
                RUN apt-get update && apt-get install -y pkg-config libssl-dev
                RUN cargo install --locked --path .
                ENV RUST_LOG=info
                EXPOSE 8080
                CMD ["shortlink", "--listen", "0.0.0.0:8080"]
                """, """
                FROM rust:1.63 AS build
                WORKDIR /usr/src/shortlink
                COPY . .
                RUN CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release --locked

                FROM gcr.io/distroless/cc-debian12:nonroot
                ENV RUST_LOG=info
                WORKDIR /usr/src/shortlink
                COPY --from=build /usr/src/shortlink/target/release/shortlink /usr/local/bin/shortlink
                EXPOSE 8080
                USER 65532:65532
                CMD ["/usr/local/bin/shortlink", "--listen", "0.0.0.0:8080"]
                """);
        assertThat(tester.last().template()).contains("rust");
        assertThat(tester.last().healthcheckAfter()).isFalse();
        assertThat(changes(tester)).contains("apt packages not installed (pkg-config libssl-dev): Cargo.lock has no -sys crate",
                "no HEALTHCHECK: gcr.io/distroless/cc-debian12:nonroot has no shell, curl or wget",
                "the original cargo install");
    }

    @Test
    void cargoRunIsBuiltOnceAndTheVolumeIsOwnedByTheUser() {
        RewriteTester tester = stdOnly();
        tester.rewriteRun("""
                FROM rust:1.63
                WORKDIR /srv
                COPY . .
                VOLUME ["/data"]
                EXPOSE 8080
                ENTRYPOINT ["cargo", "run", "--release", "--", "--data", "/data"]
                """, """
                FROM rust:1.63 AS build
                RUN mkdir -p /volumes/data
                WORKDIR /srv
                COPY . .
                RUN CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release

                FROM gcr.io/distroless/cc-debian12:nonroot
                WORKDIR /srv
                COPY --from=build --chown=65532:65532 /volumes/data /data
                COPY --from=build /srv/target/release/shortlink /usr/local/bin/shortlink
                VOLUME ["/data"]
                EXPOSE 8080
                USER 65532:65532
                ENTRYPOINT ["/usr/local/bin/shortlink", "--data", "/data"]
                """);
        assertThat(changes(tester)).contains("the original cargo run, which compiled at every start",
                "VOLUME /data created owned by uid 65532");
    }

    @Test
    void workspaceWithVendoredCratesCachesDependenciesFromTheManifests() {
        RewriteTester tester = optimizer()
                .file("Cargo.toml", "[workspace]\nmembers = [\"crates/wire\", \"crates/gatewayd\"]\n")
                .file("Cargo.lock", """
                        version = 3

                        [[package]]
                        name = "gatewayd"
                        version = "0.1.0"

                        [[package]]
                        name = "itoa"
                        version = "1.0.9"
                        source = "registry+https://example.invalid/index"

                        [[package]]
                        name = "wire"
                        version = "0.1.0"
                        """)
                .file(".cargo/config.toml", "[source.crates-io]\nreplace-with = \"vendored\"\n\n[source.vendored]\ndirectory = \"vendor\"\n")
                .file("vendor/itoa/Cargo.toml", "[package]\nname = \"itoa\"\nversion = \"1.0.9\"\n")
                .file("crates/wire/Cargo.toml", "[package]\nname = \"wire\"\nversion = \"0.1.0\"\n\n[dependencies]\nitoa = \"1\"\n")
                .file("crates/wire/src/lib.rs", "pub fn f() {}\n")
                .file("crates/gatewayd/Cargo.toml", "[package]\nname = \"gatewayd\"\nversion = \"0.1.0\"\n\n"
                        + "[dependencies]\nwire = { path = \"../wire\" }\n")
                .file("crates/gatewayd/src/main.rs", "fn main() { wire::f() }\n");
        tester.rewriteRun("""
                FROM rust:1.63
                WORKDIR /build
                COPY . .
                RUN cargo build --release --offline -p gatewayd
                EXPOSE 4000
                CMD ["./target/release/gatewayd"]
                """, """
                FROM rust:1.63 AS build
                WORKDIR /build
                COPY Cargo.toml Cargo.lock ./
                COPY crates/wire/Cargo.toml crates/wire/
                COPY crates/gatewayd/Cargo.toml crates/gatewayd/
                COPY .cargo/config.toml .cargo/
                COPY vendor vendor
                RUN mkdir -p crates/wire/src crates/gatewayd/src && touch crates/wire/src/lib.rs && echo 'fn main() {}' > crates/gatewayd/src/main.rs && CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release --offline -p gatewayd && rm crates/wire/src/lib.rs crates/gatewayd/src/main.rs
                COPY . .
                RUN touch crates/wire/src/lib.rs crates/gatewayd/src/main.rs && CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release --offline -p gatewayd

                FROM gcr.io/distroless/cc-debian12:nonroot
                WORKDIR /build
                COPY --from=build /build/target/release/gatewayd /usr/local/bin/gatewayd
                EXPOSE 4000
                USER 65532:65532
                CMD ["/usr/local/bin/gatewayd"]
                """);
        assertThat(changes(tester)).contains("dependencies built from the manifests alone first");
    }

    @Test
    void aBinaryLinkingOpenSslRunsOnDebianSlimWithLibssl() {
        RewriteTester tester = optimizer().file("Cargo.toml", MANIFEST).file("src/main.rs", "fn main() {}\n")
                .file("Cargo.lock", LOCK_ALONE + "\n[[package]]\nname = \"openssl-sys\"\nversion = \"0.9.93\"\n");
        tester.rewriteRun("""
                FROM rust:1.63
                WORKDIR /app
                COPY . .
                RUN cargo build --release
                CMD ["/app/target/release/shortlink"]
                """, """
                FROM rust:1.63 AS build
                WORKDIR /app
                COPY Cargo.toml Cargo.lock ./
                RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release && rm src/main.rs
                COPY . .
                RUN touch src/main.rs && CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release

                FROM debian:bookworm-slim
                RUN apt-get update && apt-get install -y --no-install-recommends libssl3 ca-certificates && rm -rf /var/lib/apt/lists/*
                RUN groupadd --gid 65532 app && useradd --uid 65532 --gid 65532 --no-create-home --shell /usr/sbin/nologin app
                WORKDIR /app
                COPY --from=build /app/target/release/shortlink /usr/local/bin/shortlink
                USER 65532:65532
                CMD ["/usr/local/bin/shortlink"]
                """);
        assertThat(changes(tester)).contains("links system libraries through openssl-sys (glibc, libssl3 ca-certificates)");
    }

    @Test
    void aMuslTargetRunsOnDistrolessStatic() {
        stdOnly().rewriteRun("""
                FROM rust:1.63
                WORKDIR /app
                COPY . .
                RUN cargo build --release --target x86_64-unknown-linux-musl
                CMD ["/app/target/x86_64-unknown-linux-musl/release/shortlink"]
                """, """
                FROM rust:1.63 AS build
                WORKDIR /app
                COPY . .
                RUN CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release --target x86_64-unknown-linux-musl

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /app
                COPY --from=build /app/target/x86_64-unknown-linux-musl/release/shortlink /usr/local/bin/shortlink
                USER 65532:65532
                CMD ["/usr/local/bin/shortlink"]
                """);
    }

    @Test
    void alpineIsRefusedForAGlibcBuild() {
        String original = """
                FROM rust:1.63
                WORKDIR /app
                COPY . .
                RUN cargo build --release
                CMD ["./target/release/shortlink"]
                """;
        OptimizationResult result = optimizeStdOnly(original, OptimizeOptions.defaults().withFamily(Family.ALPINE));
        assertThat(result.template()).isEmpty();
        assertThat(result.note()).hasValueSatisfying(note -> assertThat(note)
                .contains("rust template not used: --base-family alpine needs a musl build"));
    }

    @Test
    void aCommandThatIsNotTheBuiltBinaryIsRefused() {
        OptimizationResult result = optimizeStdOnly("""
                FROM rust:1.63
                WORKDIR /app
                COPY . .
                RUN cargo build --release
                CMD ["./run-migrations-then-serve"]
                """, OptimizeOptions.defaults());
        assertThat(result.note()).hasValueSatisfying(note -> assertThat(note)
                .contains("CMD runs ./run-migrations-then-serve, not a binary the Dockerfile builds with cargo (shortlink)"));
    }

    @Test
    void aRuntimeStageOnTheRustImageMovesToDistrolessCc() {
        RewriteTester tester = stdOnly();
        tester.rewriteRun(BUILDER_STAGE + RUST_RUNTIME_STAGE, BUILDER_STAGE + """
                FROM gcr.io/distroless/cc-debian12:nonroot
                COPY --chown=65532:65532 --from=builder /src/target/release/shortlink /usr/local/bin/shortlink
                USER 65532:65532
                CMD ["shortlink"]
                """);
        assertThat(changes(tester)).contains("rust:1.63 -> gcr.io/distroless/cc-debian12:nonroot (the Rust toolchain is"
                + " not needed to run a glibc binary: glibc and libgcc_s kept; uid 65532)");
    }

    @Test
    void aRuntimeStageOfABinaryLinkingSystemLibrariesIsLeftAlone() {
        optimizer().file("Cargo.toml", MANIFEST).file("src/main.rs", "fn main() {}\n")
                .file("Cargo.lock", LOCK_ALONE + "\n[[package]]\nname = \"pq-sys\"\nversion = \"0.4.8\"\n")
                .rewriteRun(BUILDER_STAGE + RUST_RUNTIME_STAGE);
    }
}
