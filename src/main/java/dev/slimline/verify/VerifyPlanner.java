package dev.slimline.verify;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.project.DockerfileService;
import dev.slimline.project.ServiceModel;
import dev.slimline.project.ServiceSelector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what a run covers: the services of a project (all, or those named), each with its original Dockerfile,
 * its optimized one (given explicitly, else from the {@link OptimizedDockerfileSource}, written under the run's work directory)
 * and what the repository's compose file says it needs to run.
 */
public final class VerifyPlanner {

    private final OptimizedDockerfileSource optimizer;
    private final Path workDir;

    public VerifyPlanner(OptimizedDockerfileSource optimizer, Path workDir) {
        this.optimizer = optimizer;
        this.workDir = workDir;
    }

    /** As {@link #plan(Path, ServiceModel, List, Map, Map)} with the services the usual files define. */
    public VerifyPlan plan(Path root, List<String> selected, Map<String, Path> optimized, Map<String, String> healthPaths) {
        if (!Files.isDirectory(root)) {
            throw SlimlineException.badInput(SourceLocation.of(root), "not a directory");
        }
        return plan(root, ServiceModel.read(root), selected, optimized, healthPaths);
    }

    /**
     * @param root the project directory
     * @param model its services, as the command line chose and set them
     * @param selected services to verify, as {@link ServiceSelector} picks them; empty for all
     * @param optimized explicitly given optimized Dockerfiles by service (picked the same way)
     * @param healthPaths HTTP health routes by service (picked the same way)
     * @throws SlimlineException BAD_INPUT when a name fits no service or several
     */
    public VerifyPlan plan(Path root, ServiceModel model, List<String> selected, Map<String, Path> optimized,
            Map<String, String> healthPaths) {
        if (!Files.isDirectory(root)) {
            throw SlimlineException.badInput(SourceLocation.of(root), "not a directory");
        }
        List<DockerfileService> found = model.services();
        if (found.isEmpty()) {
            throw SlimlineException.badInput(SourceLocation.of(root), "no Dockerfile found");
        }
        Map<String, Path> optimizedByService = byService(root, found, optimized, "--optimized ");
        Map<String, String> healthByService = byService(root, found, healthPaths, "--health-path ");
        List<String> chosen = selected.stream().map(name -> pick(root, found, name, "").name()).toList();
        List<ServiceUnderTest> services = new ArrayList<>();
        for (DockerfileService service : found) {
            if (!chosen.isEmpty() && !chosen.contains(service.name())) {
                continue;
            }
            ServiceRuntime runtime = runtimeOf(service);
            String healthPath = healthByService.get(service.name());
            Optional<Path> given = Optional.ofNullable(optimizedByService.get(service.name()));
            if (given.isPresent()) {
                services.add(new ServiceUnderTest(service.name(), service.context(), service.dockerfile(), given.get(),
                        runtime, healthPath).withBuild(service.build()));
            } else {
                services.add(fromOptimizer(service, runtime, healthPath));
            }
        }
        return new VerifyPlan(root.toString(), services, sidecarsOf(model));
    }

    /** One service from two Dockerfiles given explicitly, built in {@code context}. */
    public static VerifyPlan single(Path original, Path optimized, Path context, String healthPath, String buildNetwork) {
        for (Path file : List.of(original, optimized)) {
            if (!Files.isRegularFile(file)) {
                throw SlimlineException.badInput(SourceLocation.of(file), "no such file");
            }
        }
        Path dir = context != null ? context : original.toAbsolutePath().getParent();
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        ServiceRuntime runtime = new ServiceRuntime(RunLabel.safeName(name), Map.of(), List.of(), List.of(), buildNetwork);
        return new VerifyPlan(dir.toString(), List.of(new ServiceUnderTest(name, dir, original, optimized, runtime,
                healthPath)), List.of());
    }

    /** The optimizer's output for a service, written under the work directory. */
    private ServiceUnderTest fromOptimizer(DockerfileService service, ServiceRuntime runtime, String healthPath) {
        OptimizedDockerfile result = optimizer.optimize(service).orElseThrow(() -> SlimlineException.badInput(
                SourceLocation.of(service.dockerfile()), "no optimized Dockerfile for " + service.name()
                        + ": give one with --optimized " + service.name() + "=FILE"));
        return materialize(service, runtime, healthPath, result, workDir.resolve("optimized")
                .resolve(RunLabel.safeName(service.name())));
    }

    /**
     * A service under test whose optimized Dockerfile (and .dockerignore) is {@code result} written into {@code dir};
     * when it edits context files, the optimized image is built from a copy of the context with the edits applied.
     * The user's files are never touched.
     */
    public static ServiceUnderTest materialize(DockerfileService service, ServiceRuntime runtime, String healthPath,
            OptimizedDockerfile result, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("Dockerfile");
            Files.writeString(file, result.text());
            // Beside the candidate, BuildKit reads Dockerfile.dockerignore for it: the new ignore file, else the one the
            // service's build reads today (which may be its own <Dockerfile>.dockerignore, not the context's).
            Optional<String> ignore = result.dockerignore().or(() -> service.dockerignore()
                    .map(own -> dev.slimline.io.InputFiles.readUtf8(own, dev.slimline.io.InputFiles.MAX_CONFIG_BYTES)));
            if (ignore.isPresent()) {
                Files.writeString(dir.resolve("Dockerfile.dockerignore"), ignore.get());
            }
            ServiceUnderTest underTest = new ServiceUnderTest(service.name(), service.context(), service.dockerfile(),
                    file, runtime, healthPath).withBuild(service.build());
            if (result.contextEdits().isEmpty()) {
                return underTest;
            }
            Path context = ContextCopy.withEdits(service.context(), dir.resolve("context"), result.contextEdits());
            return underTest.withOptimizedContext(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The images compose runs beside the built services (a broker, a database). */
    public static List<Sidecar> sidecarsOf(ServiceModel model) {
        return model.compose().images().stream().map(image -> new Sidecar(image.key(), image.image(), image.env()))
                .toList();
    }

    /** How compose runs the service, or nothing but a name when no compose file builds it. */
    public static ServiceRuntime runtimeOf(DockerfileService service) {
        return service.runtime().map(run -> new ServiceRuntime(run.composeName(), run.env(), run.containerPorts(),
                        run.dependsOn(), service.build().network()))
                .orElse(new ServiceRuntime(RunLabel.safeName(shortName(service.name())), Map.of(), List.of(), List.of(),
                        service.build().network()));
    }

    /** Values given per service name, keyed by the full name of the service each name picks. */
    private static <T> Map<String, T> byService(Path root, List<DockerfileService> services, Map<String, T> given,
            String option) {
        Map<String, T> result = new java.util.LinkedHashMap<>();
        given.forEach((name, value) -> result.put(pick(root, services, name, option).name(), value));
        return result;
    }

    private static DockerfileService pick(Path root, List<DockerfileService> services, String name, String option) {
        try {
            return ServiceSelector.select(services, name);
        } catch (IllegalArgumentException e) {
            throw SlimlineException.badInput(SourceLocation.of(root), option + e.getMessage());
        }
    }

    private static String shortName(String service) {
        return ReportText.shortName(service);
    }
}
