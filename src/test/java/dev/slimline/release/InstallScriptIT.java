package dev.slimline.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/install-slimline.sh against a release host on 127.0.0.1 serving the packaged jar: with the right sha256 the
 * `slimline` it writes runs and prints the version; a wrong sha256 installs nothing and exits 3; a bad argument exits 2.
 */
class InstallScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("slimline.repo.root", "."));
    private static final String VERSION = "9.9.9-test";

    @TempDir
    Path temp;

    private HttpServer server;
    private String url;
    private String sha256;

    @BeforeEach
    void serveRelease() throws Exception {
        byte[] jar = Files.readAllBytes(ROOT.resolve("target/slimline.jar"));
        sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/release/slimline-" + VERSION + ".jar", exchange -> {
            exchange.sendResponseHeaders(200, jar.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jar);
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/release";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void installsThePinnedJarAndItsCommandRuns() throws Exception {
        Run install = run(List.of("sh", ROOT.resolve("scripts/install-slimline.sh").toString(), "--method", "jar",
                "--version", VERSION, "--sha256", sha256, "--release-url", url, "--bin-dir", temp.resolve("bin").toString()));
        assertThat(install.exit()).as(install.out()).isZero();
        Path command = temp.resolve("bin/slimline");
        assertThat(install.out().strip()).endsWith(command.toString());

        Run version = run(List.of(command.toString(), "--version"));
        assertThat(version.exit()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("slimline ");
    }

    @Test
    void aWrongChecksumInstallsNothing() throws Exception {
        String wrong = "0".repeat(64);
        Run install = run(List.of("sh", ROOT.resolve("scripts/install-slimline.sh").toString(), "--method", "jar",
                "--version", VERSION, "--sha256", wrong, "--release-url", url, "--bin-dir", temp.resolve("bin").toString()));
        assertThat(install.exit()).isEqualTo(3);
        assertThat(install.out()).contains("has sha256 " + sha256 + ", expected " + wrong);
        assertThat(temp.resolve("bin/slimline")).doesNotExist();
    }

    @Test
    void anUnknownMethodIsAUsageError() throws Exception {
        Run install = run(List.of("sh", ROOT.resolve("scripts/install-slimline.sh").toString(), "--method", "brew",
                "--version", VERSION, "--sha256", sha256, "--release-url", url));
        assertThat(install.exit()).isEqualTo(2);
        assertThat(install.out()).contains("--method must be image or jar");
    }

    private record Run(int exit, String out) {
    }

    private Run run(List<String> argv) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), out);
    }
}
