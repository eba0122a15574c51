package dev.slimline.optimize;

import dev.slimline.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DockerignoreGeneratorTest {

    private static dev.slimline.dockerfile.Dockerfile parse(String text) {
        return DockerfileParser.parse(text, Path.of("Dockerfile"));
    }

    @Test
    void pythonStackExcludesCachesSecretsTestsAndLocalVenvs() {
        String ignore = DockerignoreGenerator.generate(parse("FROM python:3.11-slim\nCOPY . .\n"), Optional.of(PythonStack.LANGUAGE),
                Optional.empty());
        assertThat(ignore.lines()).startsWith(DockerignoreGenerator.MARKER)
                .contains(".git", "__pycache__", ".env", "*.pem", "tests", "docs", ".venv", "venv")
                .doesNotContain("node_modules");
    }

    @Test
    void existingLinesAreKeptInOrderAndNotRepeated() {
        String existing = "# mine\nnode_modules\n!keep.me\n.next\n";
        String ignore = DockerignoreGenerator.generate(parse("FROM node:18-slim\nCOPY . .\n"), Optional.of(NodeStack.LANGUAGE),
                Optional.of(existing));
        assertThat(ignore).startsWith(existing + "\n" + DockerignoreGenerator.MARKER + "\n");
        assertThat(ignore.lines().filter("node_modules"::equals)).hasSize(1);
        assertThat(DockerignoreGenerator.generate(parse("FROM node:18-slim\nCOPY . .\n"), Optional.of(NodeStack.LANGUAGE),
                Optional.of(ignore))).as("a second run adds nothing").isEqualTo(ignore);
    }

    @Test
    void pathsTheDockerfileCopiesByNameAreNeverExcluded() {
        String ignore = DockerignoreGenerator.generate(parse("""
                FROM node:18-slim
                COPY dist ./dist
                COPY docs/openapi.yaml ./
                COPY tests/fixtures /fixtures
                """), Optional.of(NodeStack.LANGUAGE), Optional.empty());
        assertThat(ignore.lines()).doesNotContain("dist", "docs", "tests").contains("node_modules", ".git");
    }

    @Test
    void globSourcesKeepWhatTheyMatch() {
        assertThat(DockerignoreGenerator.excludes("bin", "bin/server")).isTrue();
        assertThat(DockerignoreGenerator.excludes("**/__pycache__", "app/__pycache__")).isTrue();
        assertThat(DockerignoreGenerator.excludes("*.key", "go.sum")).isFalse();
        assertThat(DockerignoreGenerator.excludes(".env.*", "next.config.js")).isFalse();
    }

    @Test
    void exampleServicesKeepEverythingTheirOptimizedDockerfilesCopy() {
        Optimizer optimizer = new Optimizer(RewriteTester.CATALOG);
        for (String service : java.util.List.of("api", "web-app", "worker")) {
            Path dockerfile = Path.of("examples/monorepo/services", service, "Dockerfile");
            OptimizationResult result = optimizer.optimize(dockerfile, OptimizeOptions.defaults());
            String ignore = result.dockerignore().orElseThrow();
            for (String path : java.util.List.of("next.config.js", "tsconfig.json", "native/fastsum/fastsum.c", "package.json",
                    "requirements.txt", "src/server.ts", "pages/index.js", "public")) {
                assertThat(ignore.lines().anyMatch(p -> !p.startsWith("#") && !p.isBlank() && DockerignoreGenerator.excludes(p, path)))
                        .as(service + " must not exclude " + path).isFalse();
            }
        }
    }
}
