package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the Spring Boot version from a pom.xml or a Gradle build script, and what each version implies. */
class SpringBootJarTest {

    private static SpringBootJar maven(String pom) {
        return SpringBootJar.ofMaven(PomFile.parse(pom).orElseThrow());
    }

    @Test
    void noBootPluginMeansAPlainJarEvenUnderTheBootParent() {
        assertThat(maven("""
                <project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                <version>3.3.4</version></parent></project>
                """)).isInstanceOf(SpringBootJar.Absent.class);
    }

    @Test
    void versionFromTheImportedBomWhenThereIsNoParent() {
        assertThat(maven("""
                <project><properties><boot>3.1.12</boot></properties>
                <dependencyManagement><dependencies><dependency><groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-dependencies</artifactId><version>${boot}</version><type>pom</type><scope>import</scope>
                </dependency></dependencies></dependencyManagement>
                <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
                </plugin></plugins></build></project>
                """)).isEqualTo(new SpringBootJar.Version("3.1.12", 3, 1));
    }

    @Test
    void gradleGroovyPluginsBlockAndLegacyBuildscriptClasspath() {
        assertThat(SpringBootJar.ofGradle("plugins {\n  id 'org.springframework.boot' version '2.7.18'\n}\n"))
                .isEqualTo(new SpringBootJar.Version("2.7.18", 2, 7));
        assertThat(SpringBootJar.ofGradle("""
                buildscript { dependencies { classpath("org.springframework.boot:spring-boot-gradle-plugin:2.5.15") } }
                apply plugin: 'org.springframework.boot'
                """)).isEqualTo(new SpringBootJar.Version("2.5.15", 2, 5));
        assertThat(SpringBootJar.ofGradle("plugins { id 'org.springframework.boot' version \"${bootVersion}\" }"))
                .isInstanceOf(SpringBootJar.Undetermined.class);
        assertThat(SpringBootJar.ofGradle("plugins { id 'java' }")).isInstanceOf(SpringBootJar.Absent.class);
    }

    @Test
    void versionDecidesLayersExtractionAndLauncher() {
        SpringBootJar.Version boot23 = new SpringBootJar.Version("2.3.12.RELEASE", 2, 3);
        SpringBootJar.Version boot31 = new SpringBootJar.Version("3.1.0", 3, 1);
        SpringBootJar.Version boot32 = new SpringBootJar.Version("3.2.0", 3, 2);
        SpringBootJar.Version boot4 = new SpringBootJar.Version("4.0.0", 4, 0);
        assertThat(boot23.layered()).isFalse();
        assertThat(boot31.layered()).isTrue();
        assertThat(boot31.launcherClass()).isEqualTo("org.springframework.boot.loader.JarLauncher");
        assertThat(boot32.launcherClass()).isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(boot32.extractCommand("a.jar", "/l")).isEqualTo("java -Djarmode=layertools -jar a.jar extract --destination /l");
        assertThat(boot4.extractCommand("a.jar", "/l"))
                .isEqualTo("java -Djarmode=tools -jar a.jar extract --layers --launcher --destination /l");
        assertThat(boot4.launcherClass()).isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void pomWithADoctypeIsNotParsed() {
        assertThat(PomFile.parse("<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><project>&x;</project>")).isEmpty();
        assertThat(PomFile.parse("<project>")).isEmpty();
    }
}
