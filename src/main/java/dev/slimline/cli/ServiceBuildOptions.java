package dev.slimline.cli;

import dev.slimline.project.ComposeSelection;
import dev.slimline.project.ServiceModel;
import dev.slimline.project.ServiceOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose which services a command reads and how they are built, shared by every command that
 * reads a project ({@code @Mixin ServiceBuildOptions services}): compose {@code -f}/{@code --profile}, and
 * per-service {@code --build-arg}, {@code --target}, {@code --platform}, {@code --secret}, {@code --context}.
 */
public final class ServiceBuildOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = {"-f", "--file"}, paramLabel = "COMPOSE_FILE",
            description = "Compose file to read instead of the usual ones (repeatable, later files override; relative"
                    + " to the working directory, as docker compose -f). Default: $COMPOSE_FILE, else compose.yaml &c.")
    private List<Path> composeFiles = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Compose profile to activate (repeatable). Default: $COMPOSE_PROFILES.")
    private List<String> profiles = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "[SERVICE=]KEY=VALUE",
            description = "Build argument for every service, or for one (repeatable; wins over compose/bake args).")
    private List<String> buildArgs = new ArrayList<>();

    @Option(names = "--target", paramLabel = "[SERVICE=]STAGE", description = "Stage to build, for all or one service.")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--platform", paramLabel = "[SERVICE=]OS/ARCH",
            description = "Platform to build for, for all or one service (default: the definition's, else the engine's).")
    private List<String> platforms = new ArrayList<>();

    @Option(names = "--secret", paramLabel = "[SERVICE=]id=ID[,src=FILE|env=VAR]",
            description = "Build secret, as docker build --secret, for all or one service (the value is never read).")
    private List<String> secrets = new ArrayList<>();

    @Option(names = "--context", paramLabel = "[SERVICE=]DIR",
            description = "Build context (relative to the working directory), for all or one service.")
    private List<String> contexts = new ArrayList<>();

    /** The compose files and profiles chosen, over the process environment. */
    public ComposeSelection composeSelection() {
        return new ComposeSelection(composeFiles.stream().map(Path::toAbsolutePath).toList(), profiles,
                System.getenv());
    }

    public ServiceOverrides overrides() {
        return new ServiceOverrides(buildArgs, targets, platforms, secrets, contexts, Path.of("").toAbsolutePath());
    }

    /** The global {@code --context DIR} (without {@code SERVICE=}), if one was given. */
    public java.util.Optional<Path> globalContext() {
        return contexts.stream().filter(value -> !value.contains("=")).reduce((first, last) -> last).map(Path::of);
    }

    /**
     * The project's services as these options choose and set them.
     *
     * @throws ParameterException (exit 2) when an override is malformed or names no service, or several
     */
    public ServiceModel read(Path root) {
        ServiceModel model = ServiceModel.read(root, composeSelection());
        try {
            return model.withOverrides(overrides());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
