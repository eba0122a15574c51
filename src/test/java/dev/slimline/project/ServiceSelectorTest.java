package dev.slimline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.engine.BuildRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceSelectorTest {

    private static DockerfileService service(String name) {
        return new DockerfileService(name, Path.of(name, "Dockerfile"), Path.of(name), Optional.empty());
    }

    @Test
    void fullNameLastSegmentAndAmbiguity() {
        List<DockerfileService> services = List.of(service("services/api"), service("tools/api"), service("worker"));

        assertThat(ServiceSelector.select(services, "tools/api").name()).isEqualTo("tools/api");
        assertThat(ServiceSelector.select(services, "worker/").name()).isEqualTo("worker");
        assertThatThrownBy(() -> ServiceSelector.select(services, "api"))
                .hasMessage("api: ambiguous, it names [services/api, tools/api]; give the full name");
        assertThatThrownBy(() -> ServiceSelector.select(services, "web"))
                .hasMessageStartingWith("web: no such service (have [services/api, tools/api, worker])");
    }

    @Test
    void theBuildRequestCarriesTheDefinitionAndNeverASecretValue() {
        BuildSettings build = new BuildSettings(Map.of("V", "1"), "production",
                List.of(new BuildSecret("npm", null, "NPM_TOKEN")), List.of(), null, List.of("linux/amd64"), List.of());
        DockerfileService api = new DockerfileService("services/api", Path.of("/r/services/api/Dockerfile"),
                Path.of("/r"), Optional.empty(), build, Optional.empty(), Optional.empty());

        BuildRequest request = ServiceBuildRequest.of(api, "t:1", "host");

        assertThat(request.contextDir()).isEqualTo(Path.of("/r"));
        assertThat(request.dockerfile()).isEqualTo(Path.of("/r/services/api/Dockerfile"));
        assertThat(request.buildArgs()).containsExactly(Map.entry("V", "1"));
        assertThat(request.target()).isEqualTo("production");
        assertThat(request.secrets()).containsExactly("id=npm,env=NPM_TOKEN");
        assertThat(request.platform()).isEqualTo("linux/amd64");
        assertThat(request.network()).isEqualTo("host");
    }
}
