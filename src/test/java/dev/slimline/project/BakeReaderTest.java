package dev.slimline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BakeReaderTest {

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void hclTargetsGroupsVariablesAndInherits() throws IOException {
        write("docker-bake.hcl", """
                # release build
                variable "TAG" {
                  default = "dev"
                }
                REGISTRY = "example.invalid/team"
                group "default" {
                  targets = ["api", "worker"]
                }
                /* shared settings */
                target "base" {
                  context = "."
                  args = { PYTHON_VERSION = "3.11", MODE = "base" }
                  platforms = ["linux/amd64", "linux/arm64"]
                }
                target "api" {
                  inherits = ["base"]
                  dockerfile = "services/api/Dockerfile"
                  target = "production"
                  args = { MODE = "api" }
                  tags = ["${REGISTRY}/api:${TAG}"]
                  secret = ["id=npm,src=secrets/npm.txt", "id=gh,env=GH_TOKEN"]
                }
                target "worker" {
                  inherits = ["base"]
                  dockerfile = "services/worker/Dockerfile"
                }
                """);

        List<BakeTarget> targets = BakeReader.read(root, Map.of("TAG", "1.2"));

        assertThat(targets).extracting(BakeTarget::name).containsExactly("api", "worker");
        BakeTarget api = targets.get(0);
        Path abs = root.toAbsolutePath().normalize();
        assertThat(api.context()).isEqualTo(abs);
        assertThat(api.dockerfile()).isEqualTo(abs.resolve("services/api/Dockerfile"));
        assertThat(api.build().args()).containsEntry("PYTHON_VERSION", "3.11").containsEntry("MODE", "api");
        assertThat(api.build().target()).isEqualTo("production");
        assertThat(api.build().platforms()).containsExactly("linux/amd64", "linux/arm64");
        assertThat(api.build().tags()).containsExactly("example.invalid/team/api:1.2");
        assertThat(api.build().secrets()).extracting(BuildSecret::argument)
                .containsExactly("id=npm,src=" + abs.resolve("secrets/npm.txt"), "id=gh,env=GH_TOKEN");
        assertThat(targets.get(1).build().args()).containsEntry("MODE", "base");
    }

    @Test
    void jsonFormWithoutDefaultGroupBuildsTargetsNobodyInherits() throws IOException {
        write("docker-bake.json", """
                {"variable": {"V": {"default": "9"}},
                 "target": {"common": {"args": {"V": "${V}"}},
                            "app": {"inherits": ["common"], "context": "app", "target": "run"}}}
                """);

        List<BakeTarget> targets = BakeReader.read(root, Map.of());

        assertThat(targets).extracting(BakeTarget::name).containsExactly("app");
        assertThat(targets.get(0).dockerfile()).isEqualTo(root.toAbsolutePath().normalize().resolve("app/Dockerfile"));
        assertThat(targets.get(0).build().args()).containsEntry("V", "9");
    }

    @Test
    void functionsAreRefusedWithTheirLine() throws IOException {
        write("docker-bake.hcl", "target \"a\" {\n  tags = [lower(\"X\")]\n}\n");

        assertThatThrownBy(() -> BakeReader.read(root, Map.of())).isInstanceOfSatisfying(SlimlineException.class,
                e -> assertThat(e.oneLine()).contains("docker-bake.hcl:2:11: function call lower() is not supported"));
    }

    @Test
    void bakeTargetsBecomeServicesWithTheirSettings() throws IOException {
        write("services/api/Dockerfile", "FROM scratch AS production\n");
        write("docker-bake.hcl", "target \"api\" {\n  dockerfile = \"services/api/Dockerfile\"\n"
                + "  target = \"production\"\n}\n");

        ServiceModel model = ServiceModel.read(root, new ComposeSelection(List.of(), List.of(), Map.of()));

        assertThat(model.services()).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("services/api");
            assertThat(service.build().target()).isEqualTo("production");
            assertThat(service.origin().orElseThrow().key()).isEqualTo("api");
        });
    }
}
