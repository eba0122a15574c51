package dev.slimline.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build settings the command line sets over what the build definitions say: {@code --build-arg},
 * {@code --target}, {@code --platform}, {@code --secret}, {@code --context}, each either for every service
 * ({@code VALUE}) or for one ({@code SERVICE=VALUE}, the service chosen as {@link ServiceSelector} chooses).
 * A value for one service wins over a value for all.
 *
 * <p>{@code --build-arg} and {@code --secret} values hold {@code =} themselves ({@code KEY=VALUE},
 * {@code id=x,src=file}), so for them the text before the first {@code =} is a service only when it names one;
 * for the others a {@code SERVICE=} that names no service is an error.
 *
 * @param base the directory relative paths ({@code --context}, secret {@code src}) are read from: the working
 *     directory, as {@code docker build} reads them
 */
public record ServiceOverrides(List<String> buildArgs, List<String> targets, List<String> platforms,
        List<String> secrets, List<String> contexts, Path base) {

    public ServiceOverrides {
        buildArgs = List.copyOf(buildArgs);
        targets = List.copyOf(targets);
        platforms = List.copyOf(platforms);
        secrets = List.copyOf(secrets);
        contexts = List.copyOf(contexts);
    }

    public static ServiceOverrides none() {
        return new ServiceOverrides(List.of(), List.of(), List.of(), List.of(), List.of(), Path.of(""));
    }

    public boolean isEmpty() {
        return buildArgs.isEmpty() && targets.isEmpty() && platforms.isEmpty() && secrets.isEmpty()
                && contexts.isEmpty();
    }

    /**
     * The services with these overrides applied, global values first, then per-service ones.
     *
     * @throws IllegalArgumentException (a usage error) naming the option and value that is malformed, names no
     *     service or names several
     */
    public List<DockerfileService> apply(List<DockerfileService> services) {
        List<Setting> all = new ArrayList<>();
        buildArgs.forEach(value -> all.add(parse("--build-arg", value, services, true)));
        targets.forEach(value -> all.add(parse("--target", value, services, false)));
        platforms.forEach(value -> all.add(parse("--platform", value, services, false)));
        secrets.forEach(value -> all.add(parse("--secret", value, services, true)));
        contexts.forEach(value -> all.add(parse("--context", value, services, false)));
        List<DockerfileService> result = new ArrayList<>();
        for (DockerfileService service : services) {
            DockerfileService changed = service;
            for (boolean perService : new boolean[] {false, true}) {
                for (Setting override : all) {
                    if (override.service().isPresent() == perService
                            && override.service().map(name -> name.equals(service.name())).orElse(true)) {
                        changed = override.applyTo(changed, base);
                    }
                }
            }
            result.add(changed);
        }
        return result;
    }

    /** One option value, for one service (by full name) or for all. */
    private record Setting(String option, Optional<String> service, String value) {

        DockerfileService applyTo(DockerfileService service, Path base) {
            BuildSettings build = service.build();
            return switch (option) {
                case "--build-arg" -> {
                    int eq = value.indexOf('=');
                    yield service.withBuild(build.withArgs(Map.of(value.substring(0, eq), value.substring(eq + 1))));
                }
                case "--target" -> service.withBuild(build.withTarget(value));
                case "--platform" -> service.withBuild(build.withPlatforms(Arrays.asList(value.split(","))));
                case "--secret" -> service.withBuild(build.withSecrets(List.of(BuildSecret.parse(value, base))));
                case "--context" -> {
                    Path dir = base.resolve(value).toAbsolutePath().normalize();
                    if (!Files.isDirectory(dir)) {
                        throw new IllegalArgumentException(option + " " + value + ": not a directory");
                    }
                    yield service.withContext(dir, DockerfileDiscovery.dockerignoreFor(service.dockerfile(), dir));
                }
                default -> throw new IllegalStateException(option);
            };
        }
    }

    private static Setting parse(String option, String text, List<DockerfileService> services,
            boolean valueHasEquals) {
        int eq = text.indexOf('=');
        Optional<String> service = Optional.empty();
        String value = text;
        if (eq > 0) {
            String prefix = text.substring(0, eq);
            boolean namesService = services.stream().anyMatch(s -> ServiceSelector.fits(s, prefix)
                    || s.name().equals(prefix));
            if (namesService || !valueHasEquals) {
                service = Optional.of(select(option, text, services, prefix));
                value = text.substring(eq + 1);
            }
        }
        if (value.isBlank() || eq == 0) {
            throw new IllegalArgumentException(option + " " + text + ": expected " + option.substring(2).toUpperCase()
                    + " or SERVICE=" + option.substring(2).toUpperCase());
        }
        if (option.equals("--build-arg") && value.indexOf('=') <= 0) {
            throw new IllegalArgumentException(option + " " + text + ": expected [SERVICE=]KEY=VALUE");
        }
        if (option.equals("--secret")) {
            BuildSecret.parse(value, Path.of("")); // malformed specs are refused before anything runs
        }
        return new Setting(option, service, value);
    }

    private static String select(String option, String text, List<DockerfileService> services, String name) {
        try {
            return ServiceSelector.select(services, name).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + text + ": " + e.getMessage(), e);
        }
    }
}
