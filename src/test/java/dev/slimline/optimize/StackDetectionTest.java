package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.ProjectFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        assertThat(facts.language()).hasValue(NodeStack.LANGUAGE);
        assertThat(facts.framework()).hasValue("nextjs");
        assertThat(facts.packageManager()).hasValue(NodeStack.NPM);
        assertThat(facts.typescript()).isTrue();
        assertThat(facts.evidence()).contains("package.json", "next.config.js", "tsconfig.json");
    }

    @Test
    void expressWithYarn() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"express\": \"^4\"}}");
        Files.writeString(dir.resolve("yarn.lock"), "");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.framework()).hasValue("express");
        assertThat(facts.packageManager()).hasValue(NodeStack.YARN);
    }

    @Test
    void celeryWorkerFromRequirements() throws IOException {
        Files.writeString(dir.resolve("requirements.txt"), "# celery-types is not celery\ncelery[redis]==5.3.6\nredis\n");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(PythonStack.LANGUAGE);
        assertThat(facts.framework()).hasValue("celery");
        assertThat(facts.packageManager()).hasValue(PythonStack.PIP);
    }

    @Test
    void poetryGoAndMavenSpringBoot() throws IOException {
        Path py = Files.createDirectory(dir.resolve("py"));
        Files.writeString(py.resolve("pyproject.toml"), "[tool.poetry]\nname='x'\n[tool.poetry.dependencies]\nflask = \"^3\"\n");
        Path go = Files.createDirectory(dir.resolve("go"));
        Files.writeString(go.resolve("go.mod"), "module example.com/x\n");
        Path java = Files.createDirectory(dir.resolve("java"));
        Files.writeString(java.resolve("pom.xml"), "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>");

        assertThat(Stacks.detect(py).packageManager()).hasValue(PythonStack.POETRY);
        assertThat(Stacks.detect(py).framework()).hasValue("flask");
        assertThat(Stacks.detect(go).language()).hasValue(GoStack.LANGUAGE);
        assertThat(Stacks.detect(java).framework()).hasValue("spring-boot");
        assertThat(Stacks.detect(java).packageManager()).hasValue(JavaStack.MAVEN);
    }

    @Test
    void emptyContextIsUnknown() {
        assertThat(Stacks.detect(dir)).isEqualTo(ProjectFacts.unknown());
    }

    @Test
    void aPackageJsonBesideARequirementsFileIsNode() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{}");
        Files.writeString(dir.resolve("requirements.txt"), "flask\n");
        assertThat(Stacks.detect(dir).language()).hasValue(NodeStack.LANGUAGE);
    }

    @Test
    void frontEndBuildWithoutServerIsAStaticSite() throws IOException {
        Files.writeString(dir.resolve("package.json"),
                "{\"scripts\": {\"build\": \"vite build\"}, \"dependencies\": {\"vue\": \"3.4.0\"}}");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(StaticWebStack.LANGUAGE);
        assertThat(facts.framework()).hasValue("vue");
        assertThat(facts.packageManager()).hasValue(NodeStack.NPM);
    }

    @Test
    void reactWithAnExpressServerStaysNode() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": {\"build\": \"webpack\"},"
                + " \"dependencies\": {\"react\": \"18\", \"express\": \"4\"}}");

        assertThat(Stacks.detect(dir).language()).hasValue(NodeStack.LANGUAGE);
    }

    @Test
    void laravelAndSymfonyFromComposerJson() throws IOException {
        Files.writeString(dir.resolve("composer.json"), "{\"require\": {\"php\": \"^8.2\", \"laravel/framework\": \"^11.0\"}}");
        ProjectFacts laravel = Stacks.detect(dir);
        assertThat(laravel.language()).hasValue(PhpStack.LANGUAGE);
        assertThat(laravel.framework()).hasValue("laravel");
        assertThat(laravel.packageManager()).hasValue(PhpStack.COMPOSER);

        Files.writeString(dir.resolve("composer.json"), "{\"require\": {\"symfony/framework-bundle\": \"7.1.*\"}}");
        assertThat(Stacks.detect(dir).framework()).hasValue("symfony");
        Files.writeString(dir.resolve("composer.json"), "{\"require\": {\"northwind/http-kit\": \"^2.1\"}}");
        assertThat(Stacks.detect(dir).framework()).isEmpty();
    }

    @Test
    void aLaravelAppWithAPackageJsonForItsAssetsStaysPhp() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": {\"build\": \"vite build\"}, \"dependencies\": {\"vue\": \"3\"}}");
        Files.writeString(dir.resolve("composer.json"), "{\"require\": {\"laravel/framework\": \"^11.0\"}}");
        assertThat(Stacks.detect(dir).language()).hasValue(PhpStack.LANGUAGE);
    }

    @Test
    void phpProbesWithItsOwnInterpreterAndReadsItsSourcesForAHealthRoute() throws IOException {
        assertThat(Stacks.of(PhpStack.LANGUAGE).runtimeProbe(null, 80, "/").orElseThrow().test())
                .isEqualTo(new GeneratedInstruction.Exec(List.of("php", "-r",
                        "exit(@file_get_contents('http://127.0.0.1:80/') === false ? 1 : 0);")));
        Files.createDirectories(dir.resolve("public"));
        Files.writeString(dir.resolve("public/index.php"), "<?php\nif ($path === '/healthz') { http_response_code(200); }\n");
        assertThat(RouteScanner.healthRoute(java.util.Optional.of(dir))).hasValue("/healthz");
    }

    @Test
    void theManifestNoteNamesEveryStacksManifests() {
        assertThat(Stacks.manifestNames()).contains("package.json", "go.mod", "pom.xml", "requirements.txt", "composer.json");
    }
}
