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
        for (String dir : List.of(".git", "node_modules/pkg", "vendor", "target", "dist", ".next",
                "__pycache__", ".venv")) {
            write(dir + "/Dockerfile", "FROM scratch\n");
        }
        write("svc/Dockerfile", "FROM scratch\n");

        assertThat(names()).containsExactly("svc");
    }

    @Test
    void theGoLayoutsBuildPackageDockerfileIsAService() throws IOException {
        write("build/package/Dockerfile", "FROM golang:1.19\n");
        write("cmd/server/main.go", "package main\n");

        assertThat(names()).containsExactly("build/package");
    }

    @Test
    void backupsAndResultFilesSlimlineWroteAreNeverServices() throws IOException {
        write("api/Dockerfile", "FROM node:18\n");
        write("api/Dockerfile.orig", "FROM node:18\n");
        write("api/Dockerfile.slimline.json", "{}\n");
        write("api/prod.Dockerfile.orig", "FROM node:18\n");

        assertThat(names()).containsExactly("api");
        assertThat(DockerfileDiscovery.isSlimlineOutput("Dockerfile.orig")).isTrue();
        assertThat(DockerfileDiscovery.isSlimlineOutput("Dockerfile.prod")).isFalse();
    }

    @Test
    void insideAGitWorkTreeWhatGitIgnoresIsSkipped() throws Exception {
        write(".gitignore", "out/\n*.generated.Dockerfile\n");
        write("out/Dockerfile", "FROM scratch\n");
        write("svc/app.generated.Dockerfile", "FROM scratch\n");
        write("svc/Dockerfile", "FROM scratch\n");
        write("untracked/Dockerfile", "FROM scratch\n");
        write("vendor/lib/Dockerfile", "FROM scratch\n");
        git("init", "-q");
        git("add", "svc/Dockerfile", ".gitignore");
        git("add", "-f", "vendor/lib/Dockerfile");

        // tracked and untracked-but-not-ignored files count; ignored ones and dependency folders do not
        assertThat(names()).containsExactly("svc", "untracked");
    }

    private void git(String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        argv.addAll(List.of(args));
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(process.waitFor()).as("git %s", List.of(args)).isZero();
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
