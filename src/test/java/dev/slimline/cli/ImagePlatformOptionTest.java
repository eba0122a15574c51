package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.engine.EngineDetector;
import dev.slimline.engine.EngineTimeouts;
import dev.slimline.engine.FakeProcessRunner;
import dev.slimline.engine.ProcessResult;
import dev.slimline.image.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** Which platform image commands read from a multi-platform index: the one given, else the engine's. */
class ImagePlatformOptionTest {

    private static final String CLIENT = "/usr/bin/docker";

    private final FakeProcessRunner runner = new FakeProcessRunner()
            .answer(CLIENT + " buildx", ProcessResult.failed(1, "docker: 'buildx' is not a docker command."))
            .answer(CLIENT + " compose", ProcessResult.failed(1, "docker: 'compose' is not a docker command."));

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        ImagePlatformOption option;
    }

    private Supplier<Platform> platform(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        EngineDetector detector = new EngineDetector(runner, Map.of(), name -> name.equals("docker")
                ? List.of(Path.of(CLIENT)) : List.of(), EngineTimeouts.defaults());
        return probe.option.platform(new EngineOptions(detector));
    }

    @Test
    void withoutTheOptionTheEnginesPlatformIsAskedOnlyWhenNeeded() {
        runner.answer(CLIENT + " info", ProcessResult.ok("{\"ServerVersion\":\"24.0.7\",\"Driver\":\"overlay2\","
                + "\"OSType\":\"linux\",\"Architecture\":\"aarch64\"}"));
        Supplier<Platform> platform = platform();
        assertThat(runner.argvs()).isEmpty();
        assertThat(platform.get()).hasToString("linux/arm64");
        assertThat(runner.argvs()).contains(List.of(CLIENT, "info", "--format", "{{json .}}"));
    }

    @Test
    void aGivenPlatformNeedsNoEngineAndAMalformedOneIsAUsageError() {
        assertThat(platform("--platform", "linux/arm/v7").get()).hasToString("linux/arm/v7");
        assertThat(runner.argvs()).isEmpty();
        assertThatThrownBy(() -> platform("--platform", "arm64")).isInstanceOf(ParameterException.class)
                .hasMessage("--platform platform 'arm64': expected OS/ARCH[/VARIANT], e.g. linux/arm64");
    }

    @Test
    void anEngineThatDoesNotAnswerIsBadInputAskingForThePlatform() {
        runner.answer(CLIENT + " info", ProcessResult.failed(1, "Cannot connect to the Docker daemon"));
        assertThatThrownBy(() -> platform().get())
                .hasMessageStartingWith("the image index holds several platforms and no engine answered to say its"
                        + " own; choose one with --platform (");
    }
}
