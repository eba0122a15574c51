package dev.slimline.optimize;

import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Java with Maven or Gradle; Spring Boot recognised ({@link JavaTemplate}, {@link JavaHealthcheck}). */
final class JavaStack implements Stack {

    private static final JavaTemplate TEMPLATE = new JavaTemplate();

    @Override
    public Language language() {
        return Language.JAVA;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        boolean maven = files.present("pom.xml");
        if (!maven && !files.anyPresent("build.gradle", "build.gradle.kts")) {
            return Optional.empty();
        }
        String build = files.read(maven ? "pom.xml" : "build.gradle") + files.read("build.gradle.kts");
        String framework = build.contains("spring-boot") || build.contains("org.springframework.boot") ? "spring-boot" : null;
        return Optional.of(files.facts(Language.JAVA, framework, maven ? AppPackageManager.MAVEN : AppPackageManager.GRADLE,
                false));
    }

    @Override
    public List<String> manifestNames() {
        return List.of("pom.xml", "build.gradle");
    }

    @Override
    public Set<String> runtimeImages() {
        return Set.of("java");
    }

    @Override
    public List<String> ignoreEntries() {
        return List.of("target", "build", ".gradle", "*.iml");
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
