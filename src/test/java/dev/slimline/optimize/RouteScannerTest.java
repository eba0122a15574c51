package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health route is read from the sources of the registered stacks, their test files left out. */
class RouteScannerTest {

    @TempDir
    Path dir;

    @Test
    void readsEachStacksSourcesButNotItsTests() throws IOException {
        Files.writeString(dir.resolve("main_test.go"), "http.HandleFunc(\"/ping\", h)\n");
        Files.writeString(dir.resolve("test_app.py"), "@app.get('/status')\n");
        Files.writeString(dir.resolve("notes.txt"), "GET '/up'\n");
        assertThat(RouteScanner.healthRoute(Optional.of(dir))).as("tests and non-sources only").isEmpty();

        Files.writeString(dir.resolve("app.py"), "@app.get('/healthz')\n");
        assertThat(RouteScanner.healthRoute(Optional.of(dir))).hasValue("/healthz");
    }
}
