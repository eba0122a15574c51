package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Java with Maven or Gradle; Spring Boot recognised ({@link JavaTemplate}, {@link JavaHealthcheck}). */
public final class JavaStack implements Stack {

    static final Language LANGUAGE = new Language("java");
    static final AppPackageManager MAVEN = new AppPackageManager("maven");
    static final AppPackageManager GRADLE = new AppPackageManager("gradle");

    private static final JavaTemplate TEMPLATE = new JavaTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        boolean maven = files.present("pom.xml");
        if (!maven && !files.anyPresent("build.gradle", "build.gradle.kts")) {
            return Optional.empty();
        }
        String build = files.read(maven ? "pom.xml" : "build.gradle") + files.read("build.gradle.kts");
        String framework = build.contains("spring-boot") || build.contains("org.springframework.boot") ? "spring-boot" : null;
        return Optional.of(files.facts(LANGUAGE, framework, maven ? MAVEN : GRADLE,
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

    /** A JDK stage whose process is java (its last ENTRYPOINT, else its last CMD; exec or shell form) needs a JRE. */
    @Override
    public boolean onlyStartsRuntime(Stage stage) {
        List<Instruction.Entrypoint> entrypoints = stage.instructionsOf(Instruction.Entrypoint.class);
        List<? extends Instruction> starts = entrypoints.isEmpty() ? stage.instructionsOf(Instruction.Cmd.class) : entrypoints;
        return !starts.isEmpty() && starts.get(starts.size() - 1).text().trim()
                .matches("(?is)(CMD|ENTRYPOINT)\\s+(\\[\\s*\")?(\\S*/)?java[\\s\"].*");
    }

    @Override
    public List<String> sourceSuffixes() {
        return List.of(".java", ".kt");
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
