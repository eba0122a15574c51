package dev.slimline.cli;

import dev.slimline.engine.Builder;
import dev.slimline.engine.ComposeFlavour;
import dev.slimline.engine.EngineInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code slimline engine info}: the client, engine, builder and compose slimline will use, or exit 4 if none. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the Docker client, engine version, builder and compose flavour slimline uses."
                + " Exits 4 with one line saying what was tried when no engine answers.")
final class EngineInfoCommand implements Callable<Integer> {

    @Mixin
    private EngineOptions engine;

    @Spec
    private CommandSpec spec;

    EngineInfoCommand() {
        this(new EngineOptions());
    }

    /** Picocli keeps a pre-set mixin, so tests can hand in options with a detector of their own. */
    EngineInfoCommand(EngineOptions engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        EngineInfo info = engine.connect().info();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("client:          %s%n", info.client());
        out.printf("docker host:     %s%n", info.dockerHost().isEmpty() ? "(the client's context)" : info.dockerHost());
        out.printf("server version:  %s%n", info.serverVersion());
        out.printf("storage driver:  %s%n", info.storageDriver());
        out.printf("builder:         %s%n", describe(info.builder()));
        out.printf("compose:         %s%n", describe(info.compose()));
        out.flush();
        return ExitCodes.OK;
    }

    private static String describe(Builder builder) {
        return switch (builder) {
            case BUILDX -> "buildx (docker buildx build)";
            case BUILDKIT -> "BuildKit (DOCKER_BUILDKIT=1 docker build)";
            case LEGACY -> "legacy builder (no BuildKit: no cache mounts, every stage built)";
        };
    }

    private static String describe(ComposeFlavour compose) {
        return switch (compose) {
            case V2_PLUGIN -> "v2 (docker compose)";
            case V1_BINARY -> "v1 (docker-compose)";
            case NONE -> "none found";
        };
    }
}
