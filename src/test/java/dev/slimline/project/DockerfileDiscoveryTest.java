package dev.slimline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileDiscoveryTest {

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> names() {
        return DockerfileDiscovery.discover(root).stream().map(DockerfileService::name).toList();
    }

    @Test
    void findsEveryDockerfileNamingConventionAndNamesServicesByDirectory() throws IOException {
        write("services/api/Dockerfile", "FROM node:18\n");
        write("services/worker/Containerfile", "FROM python:3.11\n");
        write("tools/ci.Dockerfile", "FROM alpine\n");
        write("web/Dockerfile.prod", "FROM nginx\n");
        write("services/api/Dockerfile.dockerignore", "node_modules\n");
        write("README.md", "not a Dockerfile\n");

        assertThat(names()).containsExactly("services/api", "services/worker", "tools", "web");
    }

    @Test
    void severalDockerfilesInOneDirectoryAreTold() throws IOException {
        write("app/Dockerfile", "FROM node:18\n");
        write("app/Dockerfile.dev", "FROM node:18\n");
        write("app/test.Dockerfile", "FROM node:18\n");

        assertThat(names()).containsExactly("app", "app (dev)", "app (test)");
    }

    @Test
    void skipsDependencyVcsAndBuildOutputDirectories() throws IOException {
        for (String dir : List.of(".git", "node_modules/pkg", "vendor", "target", "build", "dist", ".next",
                "__pycache__", ".venv")) {
            write(dir + "/Dockerfile", "FROM scratch\n");
        }
        write("svc/Dockerfile", "FROM scratch\n");

        assertThat(names()).containsExactly("svc");
    }

    @Test
    void symlinkLoopsDoNotTrapTheWalk() throws IOException {
        write("a/Dockerfile", "FROM scratch\n");
        Files.createSymbolicLink(root.resolve("a/loop"), root);
        Files.createSymbolicLink(root.resolve("a/self"), root.resolve("a"));

        assertThat(names()).containsExactly("a");
    }

    @Test
    void dockerfileSpecificIgnoreWinsOverTheContextOne() throws IOException {
        write("api/Dockerfile", "FROM node:18\n");
        write("api/.dockerignore", "*\n");
        write("worker/Dockerfile.prod", "FROM python:3.11\n");
        write("worker/Dockerfile.prod.dockerignore", ".git\n");
        write("web/Dockerfile", "FROM node:18\n");

        List<DockerfileService> services = DockerfileDiscovery.discover(root);

        assertThat(services.get(0).dockerignore()).hasValue(root.resolve("api/.dockerignore"));
        assertThat(services.get(1).hasDockerignore()).isFalse();
        assertThat(services.get(2).dockerignore()).hasValue(root.resolve("worker/Dockerfile.prod.dockerignore"));
    }

    @Test
    void aSingleFileIsItsOwnService() throws IOException {
        write("svc/Dockerfile", "FROM scratch\n");

        List<DockerfileService> services = DockerfileDiscovery.discover(root.resolve("svc/Dockerfile"));

        assertThat(services).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("svc"));
    }

    @Test
    void missingRootIsBadInput() {
        assertThatThrownBy(() -> DockerfileDiscovery.discover(root.resolve("nope")))
                .isInstanceOf(SlimlineException.class).hasMessage("no such file or directory");
    }
}
