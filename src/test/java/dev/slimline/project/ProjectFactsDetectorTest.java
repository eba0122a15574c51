package dev.slimline.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFactsDetectorTest {

    @TempDir
    Path dir;

    @Test
    void nextJsWithTypescriptAndNpm() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"next\": \"14.2.0\"}}");
        Files.writeString(dir.resolve("next.config.js"), "module.exports = {}");
        Files.writeString(dir.resolve("tsconfig.json"), "{}");

        ProjectFacts facts = ProjectFactsDetector.detect(dir);

        assertThat(facts.language()).hasValue("node");
        assertThat(facts.framework()).hasValue("nextjs");
        assertThat(facts.packageManager()).hasValue("npm");
        assertThat(facts.typescript()).isTrue();
        assertThat(facts.evidence()).contains("package.json", "next.config.js", "tsconfig.json");
    }

    @Test
    void expressWithYarn() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"express\": \"^4\"}}");
        Files.writeString(dir.resolve("yarn.lock"), "");

        ProjectFacts facts = ProjectFactsDetector.detect(dir);

        assertThat(facts.framework()).hasValue("express");
        assertThat(facts.packageManager()).hasValue("yarn");
    }

    @Test
    void celeryWorkerFromRequirements() throws IOException {
        Files.writeString(dir.resolve("requirements.txt"), "# celery-types is not celery\ncelery[redis]==5.3.6\nredis\n");

        ProjectFacts facts = ProjectFactsDetector.detect(dir);

        assertThat(facts.language()).hasValue("python");
        assertThat(facts.framework()).hasValue("celery");
        assertThat(facts.packageManager()).hasValue("pip");
    }

    @Test
    void poetryGoAndMavenSpringBoot() throws IOException {
        Path py = Files.createDirectory(dir.resolve("py"));
        Files.writeString(py.resolve("pyproject.toml"), "[tool.poetry]\nname='x'\n[tool.poetry.dependencies]\nflask = \"^3\"\n");
        Path go = Files.createDirectory(dir.resolve("go"));
        Files.writeString(go.resolve("go.mod"), "module example.com/x\n");
        Path java = Files.createDirectory(dir.resolve("java"));
        Files.writeString(java.resolve("pom.xml"), "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>");

        assertThat(ProjectFactsDetector.detect(py).packageManager()).hasValue("poetry");
        assertThat(ProjectFactsDetector.detect(py).framework()).hasValue("flask");
        assertThat(ProjectFactsDetector.detect(go).language()).hasValue("go");
        assertThat(ProjectFactsDetector.detect(java).framework()).hasValue("spring-boot");
        assertThat(ProjectFactsDetector.detect(java).packageManager()).hasValue("maven");
    }

    @Test
    void emptyContextIsUnknown() {
        assertThat(ProjectFactsDetector.detect(dir)).isEqualTo(ProjectFacts.unknown());
    }
}
