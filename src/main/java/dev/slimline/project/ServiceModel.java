package dev.slimline.project;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's services, from its build definitions first (compose files, then bake files), then from the
 * Dockerfiles no definition names. Every command reads services through here, so they all build the same thing
 * the team's own {@code docker compose build} or {@code docker buildx bake} builds.
 *
 * @param services the services, sorted by name
 * @param compose what the compose files say (sidecars too)
 */
public record ServiceModel(List<DockerfileService> services, ComposeModel compose) {

    public ServiceModel {
        services = List.copyOf(services);
    }

    /** The services of {@code root} with the usual compose and bake files. */
    public static ServiceModel read(Path root) {
        return read(root, ComposeSelection.defaults());
    }

    /**
     * The services of {@code root}; a path to a single Dockerfile is that one service.
     *
     * @throws SlimlineException BAD_INPUT when {@code root} does not exist, a definition cannot be read, or a
     *     definition names a Dockerfile that is not there
     */
    public static ServiceModel read(Path root, ComposeSelection selection) {
        if (!Files.isDirectory(root)) {
            return new ServiceModel(DockerfileDiscovery.discover(root), ComposeModel.none());
        }
        ComposeModel compose = ComposeReader.read(ComposeReader.files(root, selection), selection);
        List<Defined> defined = new ArrayList<>();
        for (ComposeModel.Built built : compose.built()) {
            defined.add(new Defined(new ServiceOrigin(compose.files().get(0), built.key()), built.context(),
                    built.dockerfile(), built.build(), Optional.of(built.runtime())));
        }
        for (BakeTarget target : BakeReader.read(root, selection.environment())) {
            defined.add(new Defined(new ServiceOrigin(target.file(), target.name()), target.context(),
                    target.dockerfile(), target.build(), Optional.empty()));
        }
        List<DockerfileService> services = new ArrayList<>(named(root, defined));
        Set<Path> namedFiles = new HashSet<>();
        defined.forEach(d -> namedFiles.add(d.dockerfile()));
        for (DockerfileService found : DockerfileDiscovery.discover(root)) {
            if (!namedFiles.contains(found.dockerfile().toAbsolutePath().normalize())) {
                services.add(found);
            }
        }
        services.sort(Comparator.comparing(DockerfileService::name));
        return new ServiceModel(services, compose);
    }

    /** This model with the command line's per-service settings applied (see {@link ServiceOverrides#apply}). */
    public ServiceModel withOverrides(ServiceOverrides overrides) {
        return overrides.isEmpty() ? this : new ServiceModel(overrides.apply(services), compose);
    }

    /** One service a compose or bake file defines. */
    private record Defined(ServiceOrigin origin, Path context, Path dockerfile, BuildSettings build,
            Optional<RuntimeSettings> runtime) {
    }

    /**
     * Services named as discovery names them (by the Dockerfile's directory), with the definition's own name
     * added when several definitions build the same Dockerfile; a bake target that repeats a compose service
     * (same Dockerfile, context and target) is the same service.
     */
    private static List<DockerfileService> named(Path root, List<Defined> defined) {
        List<Defined> distinct = new ArrayList<>();
        for (Defined d : defined) {
            if (!Files.isRegularFile(d.dockerfile())) {
                throw SlimlineException.badInput(SourceLocation.of(d.origin().file()), d.origin().key()
                        + ": no Dockerfile at " + d.dockerfile());
            }
            boolean repeat = distinct.stream().anyMatch(other -> other.dockerfile().equals(d.dockerfile())
                    && other.context().equals(d.context())
                    && java.util.Objects.equals(other.build().target(), d.build().target()));
            if (!repeat) {
                distinct.add(d);
            }
        }
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Function<Defined, String> baseName = d -> {
            String dir = DockerfileDiscovery.serviceName(absoluteRoot, d.dockerfile().getParent());
            String file = d.dockerfile().getFileName().toString();
            return file.equals("Dockerfile") || file.equals("Containerfile") ? dir
                    : dir + " (" + DockerfileDiscovery.variantOf(file) + ")";
        };
        Map<String, Long> counts = distinct.stream().collect(Collectors.groupingBy(baseName, Collectors.counting()));
        List<DockerfileService> services = new ArrayList<>();
        for (Defined d : distinct) {
            String base = baseName.apply(d);
            String name = counts.get(base) > 1 ? base + " (" + d.origin().key() + ")" : base;
            services.add(new DockerfileService(name, d.dockerfile(), d.context(),
                    DockerfileDiscovery.dockerignoreFor(d.dockerfile(), d.context()), d.build(), d.runtime(),
                    Optional.of(d.origin())));
        }
        return services;
    }
}
