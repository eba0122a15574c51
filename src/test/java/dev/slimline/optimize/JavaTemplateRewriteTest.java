package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice.Family;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java template, before and after: jlink'd runtime, JRE fallback, Gradle, Spring Boot layered jars by Boot
 * version, the health probe options and the alpine family (which cannot be built on the testbed). Each case also
 * checks round trip and idempotence (RewriteTester).
 */
class JavaTemplateRewriteTest {

    private static final String POM = """
            <project><modelVersion>4.0.0</modelVersion><groupId>dev.example</groupId><artifactId>greeter</artifactId>
            <version>1.0.0</version></project>
            """;
    private static final String SERVER = """
            class Main { void start(com.sun.net.httpserver.HttpServer server) { server.createContext("/health", h -> {}); } }
            """;
    private static final String MAIN = "src/main/java/dev/example/greeter/Main.java";
    /** The java-maven fixture's Dockerfile, the one JavaFixtureIT builds. */
    private static final String PLAIN = fixture("Dockerfile");

    /** The build stage of the greeter project on maven:3-eclipse-temurin-17, with the jlink step. */
    private static final String MAVEN_JLINK_BUILD = """
            FROM maven:3-eclipse-temurin-17 AS build
            WORKDIR /build
            COPY pom.xml ./
            COPY src ./src
            RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package && cp target/greeter.jar /tmp/app.jar
            RUN modules="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps /tmp/app.jar),jdk.crypto.ec" && echo "jlink modules: $modules" && jlink --add-modules "$modules" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 --output /opt/jre

            """;
    /** The jlink'd runtime on Debian slim, up to the jar, for uid 1001. */
    private static final String JLINK_RUNTIME = """
            FROM debian:bookworm-slim
            ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
            RUN groupadd --gid 1001 app && useradd --uid 1001 --gid 1001 --no-create-home --shell /usr/sbin/nologin app
            COPY --from=build /opt/jre /opt/java/openjdk
            WORKDIR /app
            COPY --from=build /tmp/app.jar /app/app.jar
            """;
    /** The build stage of the shop project on maven:3-eclipse-temurin-17, up to the jar. */
    private static final String MAVEN_BOOT_BUILD = """
            FROM maven:3-eclipse-temurin-17 AS build
            WORKDIR /build
            COPY pom.xml ./
            COPY src ./src
            RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package && cp target/shop-0.0.1-SNAPSHOT.jar /tmp/app.jar
            """;
    /** The Temurin JRE runtime stage up to the application, for uid 1001. */
    private static final String JRE_RUNTIME = """
            FROM eclipse-temurin:17-jre
            RUN groupadd --gid 1001 app && useradd --uid 1001 --gid 1001 --no-create-home --shell /usr/sbin/nologin app
            WORKDIR /app
            """;
    /** Spring Boot's four layers, least changing first. */
    private static final String BOOT_LAYERS = """
            COPY --from=build /tmp/layers/dependencies/ ./
            COPY --from=build /tmp/layers/spring-boot-loader/ ./
            COPY --from=build /tmp/layers/snapshot-dependencies/ ./
            COPY --from=build /tmp/layers/application/ ./
            """;

    /** The HEALTHCHECK line written for glibc runtimes: HTTP/1.0 over bash's /dev/tcp. */
    private static String bashProbe(int port, String path) {
        return "HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD [\"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/"
                + port + " && printf 'GET %s HTTP/1.0\\\\r\\\\nHost: 127.0.0.1\\\\r\\\\n\\\\r\\\\n' '" + path
                + "' >&3 && read -r -t 8 _ status _ <&3 && [ ${status:-0} -ge 200 ] && [ ${status:-0} -lt 400 ] || exit 1\"]\n";
    }

    private static String fixture(String file) {
        try {
            return Files.readString(Path.of("src/test/resources/fixtures/optimize/java-maven", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bootPom(String parentVersion, String pluginVersion, String extra) {
        return """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  %s
                  <artifactId>shop</artifactId>
                  <version>0.0.1-SNAPSHOT</version>
                  %s
                  <build><plugins><plugin>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-maven-plugin</artifactId>
                    %s
                  </plugin></plugins></build>
                </project>
                """.formatted(parentVersion.isEmpty() ? "" : "<parent><groupId>org.springframework.boot</groupId>"
                        + "<artifactId>spring-boot-starter-parent</artifactId><version>" + parentVersion + "</version></parent>",
                extra, pluginVersion.isEmpty() ? "" : "<version>" + pluginVersion + "</version>");
    }

    private static final String BOOT = """
            FROM maven:3-eclipse-temurin-17
            WORKDIR /app
            COPY . .
            RUN mvn -B package
            EXPOSE 8080
            CMD ["java", "-Xmx256m", "-jar", "target/shop-0.0.1-SNAPSHOT.jar", "--spring.profiles.active=prod"]
            """;

    @Test
    void mavenPlainJarGetsAJlinkedRuntimeOnDebianSlim() {
        RewriteTester tester = optimizer().file("pom.xml", POM).file(MAIN, SERVER);
        tester.rewriteRun(PLAIN, MAVEN_JLINK_BUILD + JLINK_RUNTIME + """
                EXPOSE 8080
                USER 1001:1001
                """ + bashProbe(8080, "/health") + """
                CMD ["java", "-jar", "/app/app.jar"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anySatisfy(c -> assertThat(c).startsWith("runtime jlink'd from maven:3-eclipse-temurin-17"))
                .anySatisfy(c -> assertThat(c).contains("bash's /dev/tcp"));
        assertThat(tester.last().healthcheckAfter()).isTrue();
    }

    @Test
    void noHealthRouteInTheSourcesMeansNoHealthcheckAndSaysWhy() {
        RewriteTester tester = optimizer().file("pom.xml", POM).options(OptimizeOptions.defaults().withFamily(Family.SLIM));
        tester.rewriteRun(PLAIN, MAVEN_JLINK_BUILD + JLINK_RUNTIME + """
                EXPOSE 8080
                USER 1001:1001
                CMD ["java", "-jar", "/app/app.jar"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .contains("no HEALTHCHECK added: no health route found in the sources; use --health-path");
    }

    @Test
    void healthPathOptionIsProbed() {
        OptimizeOptions options = new OptimizeOptions(Family.AUTO, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of("/ready"), java.util.Optional.empty(), false);
        optimizer().file("pom.xml", POM).file(MAIN, SERVER).options(options).rewriteRun(PLAIN, MAVEN_JLINK_BUILD + JLINK_RUNTIME + """
                EXPOSE 8080
                USER 1001:1001
                """ + bashProbe(8080, "/ready") + """
                CMD ["java", "-jar", "/app/app.jar"]
                """);
    }

    @Test
    void noHealthcheckOptionWinsOverAFoundRoute() {
        RewriteTester tester = optimizer().file("pom.xml", POM).file(MAIN, SERVER)
                .options(OptimizeOptions.defaults().withoutHealthcheck());
        tester.rewriteRun(PLAIN, MAVEN_JLINK_BUILD + JLINK_RUNTIME + """
                EXPOSE 8080
                USER 1001:1001
                CMD ["java", "-jar", "/app/app.jar"]
                """);
        assertThat(tester.last().healthcheckAfter()).isFalse();
    }

    @Test
    void healthCmdOptionAndUserOptionAreUsed() {
        optimizer().file("pom.xml", POM)
                .options(OptimizeOptions.defaults().withHealthCmd("/app/check.sh").withUser("svc", 2000)).rewriteRun(PLAIN, MAVEN_JLINK_BUILD + """
                FROM debian:bookworm-slim
                ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                RUN groupadd --gid 2000 svc && useradd --uid 2000 --gid 2000 --no-create-home --shell /usr/sbin/nologin svc
                COPY --from=build /opt/jre /opt/java/openjdk
                WORKDIR /app
                COPY --from=build /tmp/app.jar /app/app.jar
                EXPOSE 8080
                USER 2000:2000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD /app/check.sh
                CMD ["java", "-jar", "/app/app.jar"]
                """);
    }

    @Test
    void jdkWithoutJlinkInTheCatalogRunsOnTheJre() {
        RewriteTester tester = optimizer().file("pom.xml", POM).file("mvnw", "").file(".mvn/wrapper/maven-wrapper.properties", "")
                .file(MAIN, SERVER).options(OptimizeOptions.defaults().withFamily(Family.SLIM));
        tester.rewriteRun("""
                FROM openjdk:17
                WORKDIR /app
                COPY . .
                RUN ./mvnw package
                EXPOSE 8080
                ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/target/greeter.jar"]
                """, """
                FROM openjdk:17 AS build
                WORKDIR /build
                COPY mvnw pom.xml ./
                COPY .mvn ./.mvn
                COPY src ./src
                RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package && cp target/greeter.jar /tmp/app.jar

                FROM eclipse-temurin:17-jre
                RUN groupadd --gid 1001 app && useradd --uid 1001 --gid 1001 --no-create-home --shell /usr/sbin/nologin app
                WORKDIR /app
                COPY --from=build /tmp/app.jar /app/app.jar
                EXPOSE 8080
                USER 1001:1001
                """ + bashProbe(8080, "/health") + """
                ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary).anySatisfy(c -> assertThat(c)
                .isEqualTo("runtime on the JRE eclipse-temurin:17-jre (Java 17 kept); no jlink'd runtime: openjdk:17 is not"
                        + " known to carry jlink and the jmods"));
    }

    @Test
    void gradleWrapperProjectGetsAJlinkedRuntime() {
        optimizer().file("build.gradle", "plugins { id 'application' }\n").file("gradlew", "").file(
                "src/main/java/dev/example/Ping.java", "class Ping { String route = \"/ping\"; }\n").rewriteRun("""
                FROM eclipse-temurin:17-jdk
                WORKDIR /app
                COPY . .
                RUN ./gradlew build
                EXPOSE 9000
                CMD ["java", "-jar", "build/libs/app.jar"]
                """, """
                FROM eclipse-temurin:17-jdk AS build
                WORKDIR /build
                COPY . .
                RUN --mount=type=cache,target=/root/.gradle ./gradlew --no-daemon --gradle-user-home /root/.gradle -x test build && cp build/libs/app.jar /tmp/app.jar
                RUN modules="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps /tmp/app.jar),jdk.crypto.ec" && echo "jlink modules: $modules" && jlink --add-modules "$modules" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 --output /opt/jre

                """ + JLINK_RUNTIME + """
                EXPOSE 9000
                USER 1001:1001
                """ + bashProbe(9000, "/ping") + """
                CMD ["java", "-jar", "/app/app.jar"]
                """);
    }

    @Test
    void java21UsesTheCompressSyntaxOfItsJlink() {
        optimizer().file("pom.xml", POM).rewriteRun("""
                FROM maven:3.9-eclipse-temurin-21
                COPY . .
                RUN mvn package
                CMD ["java", "-jar", "target/greeter.jar"]
                """, """
                FROM maven:3.9-eclipse-temurin-21 AS build
                WORKDIR /build
                COPY pom.xml ./
                COPY src ./src
                RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package && cp target/greeter.jar /tmp/app.jar
                RUN modules="$(jdeps --ignore-missing-deps --multi-release 21 --print-module-deps /tmp/app.jar),jdk.crypto.ec" && echo "jlink modules: $modules" && jlink --add-modules "$modules" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

                """ + JLINK_RUNTIME + """
                USER 1001:1001
                CMD ["java", "-jar", "/app/app.jar"]
                """);
    }

    @Test
    void springBoot27UsesLayertoolsAndTheOldLauncherWithTheActuatorProbe() {
        RewriteTester tester = optimizer().file("pom.xml", bootPom("2.7.18", "", """
                <dependencies><dependency><groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies>
                """)).options(OptimizeOptions.defaults().withFamily(Family.SLIM));
        tester.rewriteRun(BOOT, MAVEN_BOOT_BUILD + """
                RUN java -Djarmode=layertools -jar /tmp/app.jar extract --destination /tmp/layers && mkdir -p /tmp/layers/dependencies /tmp/layers/spring-boot-loader /tmp/layers/snapshot-dependencies /tmp/layers/application

                """ + JRE_RUNTIME + BOOT_LAYERS + """
                EXPOSE 8080
                USER 1001:1001
                """ + bashProbe(8080, "/actuator/health") + """
                CMD ["java", "-Xmx256m", "org.springframework.boot.loader.JarLauncher", "--spring.profiles.active=prod"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anySatisfy(c -> assertThat(c).contains("no jlink'd runtime: a Spring Boot fat jar nests its dependencies"));
    }

    @Test
    void springBoot32UsesLayertoolsAndTheLaunchPackage() {
        optimizer().file("pom.xml", bootPom("", "3.2.5", "")).options(OptimizeOptions.defaults().withFamily(Family.SLIM)).file("src/main/java/shop/web/HealthController.java", """
                @RestController class HealthController { @GetMapping("/healthz") String ok() { return "ok"; } }
                """).rewriteRun(BOOT, MAVEN_BOOT_BUILD + """
                RUN java -Djarmode=layertools -jar /tmp/app.jar extract --destination /tmp/layers && mkdir -p /tmp/layers/dependencies /tmp/layers/spring-boot-loader /tmp/layers/snapshot-dependencies /tmp/layers/application

                """ + JRE_RUNTIME + BOOT_LAYERS + """
                EXPOSE 8080
                USER 1001:1001
                """ + bashProbe(8080, "/healthz") + """
                CMD ["java", "-Xmx256m", "org.springframework.boot.loader.launch.JarLauncher", "--spring.profiles.active=prod"]
                """);
    }

    /** Spring Boot reads ./config/ and ./application.* from the working directory: the runtime keeps them there. */
    @Test
    void springBootWorkingDirectoryConfigIsCopiedNextToTheApp() {
        RewriteTester tester = optimizer().file("pom.xml", bootPom("", "3.1.5", "")).options(OptimizeOptions.defaults()
                        .withFamily(Family.SLIM))
                .file("config/application.properties", "server.port=8081\n")
                .file("application.yml", "spring:\n  application:\n    name: shop\n");
        tester.rewriteRun(BOOT, MAVEN_BOOT_BUILD + """
                RUN java -Djarmode=layertools -jar /tmp/app.jar extract --destination /tmp/layers && mkdir -p /tmp/layers/dependencies /tmp/layers/spring-boot-loader /tmp/layers/snapshot-dependencies /tmp/layers/application

                """ + JRE_RUNTIME + BOOT_LAYERS + """
                COPY config/ ./config/
                COPY application.yml ./
                EXPOSE 8080
                USER 1001:1001
                CMD ["java", "-Xmx256m", "org.springframework.boot.loader.JarLauncher", "--spring.profiles.active=prod"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary).contains("Spring Boot's working-directory config"
                + " (config/, application.yml) copied next to the app, where the original read it");
    }

    @Test
    void springBoot33UsesTheToolsJarModeWithTheVersionFromAProperty() {
        optimizer().file("pom.xml", bootPom("", "${spring-boot.version}",
                "<properties><spring-boot.version>3.3.4</spring-boot.version></properties>"))
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun(BOOT, MAVEN_BOOT_BUILD + """
                RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/layers && mkdir -p /tmp/layers/dependencies /tmp/layers/spring-boot-loader /tmp/layers/snapshot-dependencies /tmp/layers/application

                """ + JRE_RUNTIME + BOOT_LAYERS + """
                EXPOSE 8080
                USER 1001:1001
                CMD ["java", "-Xmx256m", "org.springframework.boot.loader.launch.JarLauncher", "--spring.profiles.active=prod"]
                """);
    }

    @Test
    void springBootGradleKotlinPlugin() {
        optimizer().file("build.gradle.kts", """
                plugins {
                    java
                    id("org.springframework.boot") version "3.4.1"
                }
                dependencies { implementation("org.springframework.boot:spring-boot-starter-actuator") }
                """).options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM gradle:8-jdk17
                WORKDIR /home/gradle/src
                COPY . .
                RUN gradle bootJar
                EXPOSE 8080
                CMD ["java", "-jar", "build/libs/shop-0.0.1-SNAPSHOT.jar"]
                """, """
                FROM gradle:8-jdk17 AS build
                WORKDIR /build
                COPY . .
                RUN --mount=type=cache,target=/root/.gradle gradle --no-daemon --gradle-user-home /root/.gradle -x test build && cp build/libs/shop-0.0.1-SNAPSHOT.jar /tmp/app.jar
                RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/layers && mkdir -p /tmp/layers/dependencies /tmp/layers/spring-boot-loader /tmp/layers/snapshot-dependencies /tmp/layers/application

                """ + JRE_RUNTIME + BOOT_LAYERS + """
                EXPOSE 8080
                USER 1001:1001
                """ + bashProbe(8080, "/actuator/health") + """
                CMD ["java", "org.springframework.boot.loader.launch.JarLauncher"]
                """);
    }

    @Test
    void springBootBeforeLayerIndexesRunsTheFatJar() {
        RewriteTester tester = optimizer().file("pom.xml", bootPom("2.2.13.RELEASE", "", ""));
        tester.rewriteRun(BOOT, MAVEN_BOOT_BUILD + """

                FROM eclipse-temurin:17-jre-alpine
                RUN addgroup -g 1001 -S app && adduser -u 1001 -S -G app -H -s /sbin/nologin app
                WORKDIR /app
                COPY --from=build /tmp/app.jar /app/app.jar
                EXPOSE 8080
                USER 1001:1001
                CMD ["java", "-Xmx256m", "-jar", "/app/app.jar", "--spring.profiles.active=prod"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .contains("Spring Boot 2.2.13.RELEASE writes no layer index (2.4+): the fat jar runs as it is");
    }

    @Test
    void springBootOfUnknownVersionIsRefusedWithTheReason() {
        RewriteTester tester = optimizer().file("pom.xml", bootPom("", "${boot.version}", ""));
        tester.rewriteRun(BOOT, """
                FROM maven:3-eclipse-temurin-17
                WORKDIR /app
                COPY --chown=1001:1001 . .
                RUN mvn -B package
                EXPOSE 8080
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                USER 1001:1001
                CMD ["java", "-Xmx256m", "-jar", "target/shop-0.0.1-SNAPSHOT.jar", "--spring.profiles.active=prod"]
                """);
        assertThat(tester.last().template()).isEmpty();
        assertThat(tester.last().note()).hasValueSatisfying(n -> assertThat(n)
                .startsWith("java template not used: spring-boot-maven-plugin is used but its version is not in pom.xml"));
    }

    @Test
    void alpineFamilyFromAGlibcJdkRunsOnTheAlpineJreWithWget() {
        RewriteTester tester = optimizer().file("pom.xml", POM).file(MAIN, SERVER)
                .options(OptimizeOptions.defaults().withFamily(Family.ALPINE));
        tester.rewriteRun(PLAIN, """
                FROM maven:3-eclipse-temurin-17 AS build
                WORKDIR /build
                COPY pom.xml ./
                COPY src ./src
                RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package && cp target/greeter.jar /tmp/app.jar

                FROM eclipse-temurin:17-jre-alpine
                RUN addgroup -g 1001 -S app && adduser -u 1001 -S -G app -H -s /sbin/nologin app
                WORKDIR /app
                COPY --from=build /tmp/app.jar /app/app.jar
                EXPOSE 8080
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["wget", "-q", "-T", "8", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
                CMD ["java", "-jar", "/app/app.jar"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary).anySatisfy(c -> assertThat(c)
                .endsWith("no jlink'd runtime: the runtime it makes needs debian:bookworm-slim, not of the asked family"));
    }

    @Test
    void alpineJdkJlinksOntoAlpine() {
        optimizer().file("pom.xml", POM).file("mvnw", "").file(MAIN, SERVER)
                .options(OptimizeOptions.defaults().withFamily(Family.ALPINE)).rewriteRun("""
                FROM eclipse-temurin:17-jdk-alpine
                WORKDIR /app
                COPY . .
                RUN ./mvnw package
                EXPOSE 8080
                CMD ["java", "-jar", "target/greeter.jar"]
                """, """
                FROM eclipse-temurin:17-jdk-alpine AS build
                WORKDIR /build
                COPY mvnw pom.xml ./
                COPY src ./src
                RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package && cp target/greeter.jar /tmp/app.jar
                RUN modules="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps /tmp/app.jar),jdk.crypto.ec" && echo "jlink modules: $modules" && jlink --add-modules "$modules" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 --output /opt/jre

                FROM alpine:3.20
                ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                RUN addgroup -g 1001 -S app && adduser -u 1001 -S -G app -H -s /sbin/nologin app
                COPY --from=build /opt/jre /opt/java/openjdk
                WORKDIR /app
                COPY --from=build /tmp/app.jar /app/app.jar
                EXPOSE 8080
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["wget", "-q", "-T", "8", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
                CMD ["java", "-jar", "/app/app.jar"]
                """);
    }

    @Test
    void springBootOnAlpineProbesTheActuatorWithWget() {
        optimizer().file("pom.xml", bootPom("3.3.4", "", """
                <dependencies><dependency><groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies>
                """)).options(OptimizeOptions.defaults().withFamily(Family.ALPINE))
                .rewriteRun(BOOT, MAVEN_BOOT_BUILD + """
                RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/layers && mkdir -p /tmp/layers/dependencies /tmp/layers/spring-boot-loader /tmp/layers/snapshot-dependencies /tmp/layers/application

                FROM eclipse-temurin:17-jre-alpine
                RUN addgroup -g 1001 -S app && adduser -u 1001 -S -G app -H -s /sbin/nologin app
                WORKDIR /app
                """ + BOOT_LAYERS + """
                EXPOSE 8080
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["wget", "-q", "-T", "8", "-O", "/dev/null", "http://127.0.0.1:8080/actuator/health"]
                CMD ["java", "-Xmx256m", "org.springframework.boot.loader.launch.JarLauncher", "--spring.profiles.active=prod"]
                """);
    }

    @Test
    void pomThatDoesNotParseIsRefusedWithTheReason() {
        RewriteTester tester = optimizer().file("pom.xml", "<project><build>");
        tester.rewriteRun(PLAIN, """
                FROM maven:3-eclipse-temurin-17
                WORKDIR /app
                COPY --chown=1001:1001 . .
                RUN mvn package
                EXPOSE 8080
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                USER 1001:1001
                CMD ["java", "-jar", "target/greeter.jar"]
                """);
        assertThat(tester.last().note()).hasValue("java template not used: pom.xml does not parse: the build cannot be read;"
                + " safe recipes only");
    }
}
