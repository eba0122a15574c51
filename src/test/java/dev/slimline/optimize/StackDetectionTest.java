package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each registered stack recognises its contexts from manifests and lock files (Stacks.detect). */
class StackDetectionTest {

    @TempDir
    Path dir;

    @Test
    void nextJsWithTypescriptAndNpm() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"next\": \"14.2.0\"}}");
        Files.writeString(dir.resolve("next.config.js"), "module.exports = {}");
        Files.writeString(dir.resolve("tsconfig.json"), "{}");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(Language.NODE);
        assertThat(facts.framework()).hasValue("nextjs");
        assertThat(facts.packageManager()).hasValue(AppPackageManager.NPM);
        assertThat(facts.typescript()).isTrue();
        assertThat(facts.evidence()).contains("package.json", "next.config.js", "tsconfig.json");
    }

    @Test
    void expressWithYarn() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"express\": \"^4\"}}");
        Files.writeString(dir.resolve("yarn.lock"), "");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.framework()).hasValue("express");
        assertThat(facts.packageManager()).hasValue(AppPackageManager.YARN);
    }

    @Test
    void celeryWorkerFromRequirements() throws IOException {
        Files.writeString(dir.resolve("requirements.txt"), "# celery-types is not celery\ncelery[redis]==5.3.6\nredis\n");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(Language.PYTHON);
        assertThat(facts.framework()).hasValue("celery");
        assertThat(facts.packageManager()).hasValue(AppPackageManager.PIP);
    }

    @Test
    void poetryGoAndMavenSpringBoot() throws IOException {
        Path py = Files.createDirectory(dir.resolve("py"));
        Files.writeString(py.resolve("pyproject.toml"), "[tool.poetry]\nname='x'\n[tool.poetry.dependencies]\nflask = \"^3\"\n");
        Path go = Files.createDirectory(dir.resolve("go"));
        Files.writeString(go.resolve("go.mod"), "module example.com/x\n");
        Path java = Files.createDirectory(dir.resolve("java"));
        Files.writeString(java.resolve("pom.xml"), "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>");

        assertThat(Stacks.detect(py).packageManager()).hasValue(AppPackageManager.POETRY);
        assertThat(Stacks.detect(py).framework()).hasValue("flask");
        assertThat(Stacks.detect(go).language()).hasValue(Language.GO);
        assertThat(Stacks.detect(java).framework()).hasValue("spring-boot");
        assertThat(Stacks.detect(java).packageManager()).hasValue(AppPackageManager.MAVEN);
    }

    @Test
    void emptyContextIsUnknown() {
        assertThat(Stacks.detect(dir)).isEqualTo(ProjectFacts.unknown());
    }

    @Test
    void everyStackIsRegisteredOnceWithItsOwnRuntimeImagesAndIgnoreEntries() {
        // one stack per language; the order matters only where manifests overlap (package.json before requirements.txt)
        assertThat(Stacks.ALL).extracting(Stack::language).containsExactlyInAnyOrder(Language.values())
                .startsWith(Language.STATIC, Language.NODE, Language.PYTHON);
        for (Stack stack : Stacks.ALL) {
            assertThat(stack.ignoreEntries()).as(stack.language().id()).isNotEmpty();
            assertThat(stack.manifestNames()).as(stack.language().id()).isNotEmpty();
            assertThat(Stacks.of(stack.language())).isSameAs(stack);
        }
        assertThat(Stacks.manifestNames()).contains("package.json", "go.mod", "pom.xml", "requirements.txt");
    }

    @Test
    void aPackageJsonBesideARequirementsFileIsNode() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{}");
        Files.writeString(dir.resolve("requirements.txt"), "flask\n");
        assertThat(Stacks.detect(dir).language()).hasValue(Language.NODE);
    }

    @Test
    void frontEndBuildWithoutServerIsAStaticSite() throws IOException {
        Files.writeString(dir.resolve("package.json"),
                "{\"scripts\": {\"build\": \"vite build\"}, \"dependencies\": {\"vue\": \"3.4.0\"}}");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(Language.STATIC);
        assertThat(facts.framework()).hasValue("vue");
        assertThat(facts.packageManager()).hasValue(AppPackageManager.NPM);
    }

    @Test
    void reactWithAnExpressServerStaysNode() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": {\"build\": \"webpack\"},"
                + " \"dependencies\": {\"react\": \"18\", \"express\": \"4\"}}");

        assertThat(Stacks.detect(dir).language()).hasValue(Language.NODE);
    }
}
