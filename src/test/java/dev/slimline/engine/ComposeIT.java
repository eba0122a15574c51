package dev.slimline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Compose up and down with whichever Compose the machine has (v1 here). */
@ExtendWith(EngineCleanupExtension.class)
class ComposeIT {

    private final CliDockerEngine engine = TestEngines.real();

    @Test
    void upStartsTheProjectAndDownRemovesItsContainersAndNetwork(TestLabel label, @TempDir Path dir) throws Exception {
        TestEngines.requireImage("debian:bookworm-slim", Duration.ofMinutes(10));
        assertThat(engine.setup().compose()).as("compose flavour detected on this machine")
                .isNotEqualTo(ComposeFlavour.NONE);
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                version: "3.8"
                services:
                  app:
                    image: debian:bookworm-slim
                    command: ["sleep", "120"]
                    labels:
                      %s: "%s"
                """.formatted(EngineCleanupExtension.LABEL_KEY, label.value()));
        String project = label.name("compose");
        String projectLabel = "com.docker.compose.project=" + project;
        ComposeRequest request = new ComposeRequest(java.util.List.of(file), project, Duration.ofMinutes(3));

        try {
            engine.composeUp(request);

            assertThat(engine.listByLabel(EngineObject.CONTAINER, projectLabel)).hasSize(1);
            assertThat(engine.listByLabel(EngineObject.CONTAINER, label.filter())).hasSize(1);
            String container = engine.listByLabel(EngineObject.CONTAINER, label.filter()).get(0);
            assertThat(engine.inspectContainer(container).running()).isTrue();
            assertThat(engine.listByLabel(EngineObject.NETWORK, projectLabel)).hasSize(1);
        } finally {
            engine.composeDown(request);
        }

        assertThat(engine.listByLabel(EngineObject.CONTAINER, projectLabel)).isEmpty();
        assertThat(engine.listByLabel(EngineObject.NETWORK, projectLabel)).isEmpty();
    }
}
