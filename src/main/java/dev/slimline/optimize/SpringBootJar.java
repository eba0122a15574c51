package dev.slimline.optimize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the build repackages a Spring Boot fat jar and with which Boot version: the version decides how the
 * layers are extracted and which class launches the extracted application.
 */
sealed interface SpringBootJar {

    /** The four layers Boot writes by default, in the order they change least to most often. */
    List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    /** No spring-boot-maven-plugin / org.springframework.boot Gradle plugin: a plain jar. */
    record Absent() implements SpringBootJar {
    }

    /** Boot is used but its version cannot be read (a property from elsewhere, a version catalog...). */
    record Undetermined(String reason) implements SpringBootJar {
    }

    record Version(String text, int major, int minor) implements SpringBootJar {

        /** Layer indexes are written by default from Boot 2.4 (2.3 needed them switched on). */
        boolean layered() {
            return atLeast(2, 4);
        }

        /** The launcher moved to a {@code launch} package in Boot 3.2. */
        String launcherClass() {
            return atLeast(3, 2) ? "org.springframework.boot.loader.launch.JarLauncher" : "org.springframework.boot.loader.JarLauncher";
        }

        /** Boot 3.3 replaced the layertools jar mode by the tools jar mode ({@code extract --layers --launcher}). */
        String extractCommand(String jar, String destination) {
            return atLeast(3, 3)
                    ? "java -Djarmode=tools -jar " + jar + " extract --layers --launcher --destination " + destination
                    : "java -Djarmode=layertools -jar " + jar + " extract --destination " + destination;
        }

        private boolean atLeast(int wantedMajor, int wantedMinor) {
            return major > wantedMajor || major == wantedMajor && minor >= wantedMinor;
        }
    }

    Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)");
    Pattern GRADLE_PLUGIN = Pattern.compile("id\\s*\\(?\\s*['\"]org\\.springframework\\.boot['\"]\\s*\\)?\\s*version\\s*\\(?\\s*['\"]([^'\"]+)['\"]");
    Pattern GRADLE_CLASSPATH = Pattern.compile("spring-boot-gradle-plugin:([0-9][^'\"\\s)]*)");

    static SpringBootJar ofMaven(PomFile pom) {
        Optional<PomFile.Artifact> plugin = pom.plugin("spring-boot-maven-plugin");
        if (plugin.isEmpty()) {
            return new Absent();
        }
        Optional<String> version = Optional.of(plugin.get().version()).filter(v -> !v.isBlank())
                .or(() -> pom.parent().filter(p -> p.groupId().equals("org.springframework.boot")).map(PomFile.Artifact::version))
                .or(() -> pom.dependency("spring-boot-dependencies").map(PomFile.Artifact::version));
        return version.flatMap(pom::resolve).map(SpringBootJar::version)
                .orElseGet(() -> new Undetermined("spring-boot-maven-plugin is used but its version is not in pom.xml"
                        + " (no spring-boot-starter-parent, plugin version or spring-boot-dependencies import with a literal"
                        + " or local-property version)"));
    }

    static SpringBootJar ofGradle(String buildScript) {
        if (!buildScript.contains("org.springframework.boot")) {
            return new Absent();
        }
        Matcher plugin = GRADLE_PLUGIN.matcher(buildScript);
        if (plugin.find()) {
            return version(plugin.group(1));
        }
        Matcher classpath = GRADLE_CLASSPATH.matcher(buildScript);
        if (classpath.find()) {
            return version(classpath.group(1));
        }
        return new Undetermined("the org.springframework.boot Gradle plugin is applied but its version is not in the"
                + " build script (settings, gradle.properties or a version catalog are not read)");
    }

    private static SpringBootJar version(String text) {
        Matcher numbers = NUMBERS.matcher(text);
        if (!numbers.lookingAt()) {
            return new Undetermined("Spring Boot version '" + text + "' is not a release number");
        }
        return new Version(text, Integer.parseInt(numbers.group(1)), Integer.parseInt(numbers.group(2)));
    }
}
