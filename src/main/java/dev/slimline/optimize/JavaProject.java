package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Maven or Gradle project as the Java template sees it: how to build the jar with the dependency cache on a
 * BuildKit cache mount (so it stays out of every layer and rebuilds reuse it), where the jar lands, and whether
 * Spring Boot repackages it.
 */
record JavaProject(boolean maven, List<GeneratedInstruction.Copy> sourceCopies, String cache, String buildCommand, String jarDir, SpringBootJar springBoot,
                   boolean actuator) {

    static final String JAR_IN_BUILD = "/tmp/app.jar";

    /** The project, or empty when pom.xml does not parse. */
    static Optional<JavaProject> of(TemplateInput input) {
        if (input.has("pom.xml")) {
            Optional<PomFile> pom = input.read("pom.xml").flatMap(PomFile::parse);
            boolean wrapper = input.has("mvnw") && originalRuns(input).contains("mvnw");
            List<GeneratedInstruction.Copy> copies = new ArrayList<>();
            copies.add(GeneratedInstruction.Copy.context(wrapper ? List.of("mvnw", "pom.xml") : List.of("pom.xml"), "./"));
            if (wrapper && input.has(".mvn")) {
                copies.add(GeneratedInstruction.Copy.context(List.of(".mvn"), "./.mvn"));
            }
            copies.add(GeneratedInstruction.Copy.context(List.of("src"), "./src"));
            return pom.map(p -> new JavaProject(true, copies, "/root/.m2",
                    (wrapper ? "./mvnw" : "mvn") + " -B -q -DskipTests package", "target",
                    SpringBootJar.ofMaven(p), p.dependency("spring-boot-starter-actuator").isPresent()));
        }
        String script = input.read("build.gradle").or(() -> input.read("build.gradle.kts")).orElse("");
        String gradle = input.has("gradlew") ? "./gradlew" : "gradle";
        return Optional.of(new JavaProject(false, List.of(GeneratedInstruction.Copy.context(List.of("."), ".")), "/root/.gradle",
                gradle + " --no-daemon --gradle-user-home /root/.gradle -x test build",
                "build/libs", SpringBootJar.ofGradle(script), script.contains("spring-boot-starter-actuator")));
    }

    /** The original's RUN lines, to tell which build tool it calls (mvn or the wrapper). */
    private static String originalRuns(TemplateInput input) {
        return input.stage().instructionsOf(Instruction.Run.class).stream().map(Instruction.Run::text)
                .collect(Collectors.joining("\n"));
    }

    String toolName() {
        return maven ? "Maven" : "Gradle";
    }

    /**
     * The build RUN: the tool, then the jar copied to a fixed place. The jar the original command names is taken
     * when it lies in the build output; otherwise the one jar that is not a plain, sources, javadoc or pre-shading
     * copy.
     */
    GeneratedInstruction.Run buildRun(String originalWorkdir, String commandJar) {
        String relative = commandJar.startsWith(originalWorkdir + "/") ? commandJar.substring(originalWorkdir.length() + 1) : commandJar;
        String pick = relative.startsWith(jarDir + "/") && relative.matches("[\\w./-]+\\.jar")
                ? "cp " + relative + " " + JAR_IN_BUILD
                : "find " + jarDir + " -maxdepth 1 -name '*.jar' ! -name 'original-*' ! -name '*-plain.jar'"
                + " ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1 | xargs -I{} cp {} " + JAR_IN_BUILD;
        return GeneratedInstruction.Run.of(buildCommand, pick).withCacheMount(cache);
    }

    /** The health route the framework serves: Spring Boot actuator's when the starter is a dependency. */
    Optional<String> frameworkHealthRoute() {
        return actuator && springBoot instanceof SpringBootJar.Version ? Optional.of("/actuator/health") : Optional.empty();
    }
}
