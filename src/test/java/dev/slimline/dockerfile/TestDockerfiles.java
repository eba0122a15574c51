package dev.slimline.dockerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the Dockerfiles kept under {@code src/test/resources}, for tests that run over all of them. */
final class TestDockerfiles {

    static final Path RESOURCES = Path.of("src", "test", "resources");
    static final Path CORPUS = RESOURCES.resolve("dockerfiles").resolve("corpus");

    private TestDockerfiles() {
    }

    /** Every Dockerfile under the test resources, whoever wrote it, sorted. */
    static List<Path> all() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(Files::isRegularFile).filter(TestDockerfiles::isDockerfile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> corpus() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Named like a Dockerfile: {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile}, Containerfile. */
    static boolean isDockerfile(Path file) {
        String name = file.getFileName().toString();
        return name.equals("Dockerfile") || name.equals("Containerfile") || name.startsWith("Dockerfile.")
                || name.endsWith(".Dockerfile") || name.endsWith(".dockerfile") || name.endsWith(".Containerfile");
    }

    /** Files meant to be rejected live under a directory named {@code invalid}. */
    static boolean expectedInvalid(Path file) {
        for (Path part : RESOURCES.relativize(file)) {
            if (part.toString().equals("invalid")) {
                return true;
            }
        }
        return false;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
