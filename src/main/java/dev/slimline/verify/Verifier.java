package dev.slimline.verify;

import dev.slimline.SlimlineException;
import dev.slimline.engine.BuildRequest;
import dev.slimline.project.BuildSettings;
import dev.slimline.project.ServiceBuildRequest;
import dev.slimline.engine.BuildResult;
import dev.slimline.engine.ComposeRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineObject;
import dev.slimline.engine.RuntimeConfig;
import dev.slimline.engine.ImageDetails;
import dev.slimline.image.ImageReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds, runs, probes and compares the original and optimized image of every service: the core of
 * {@code slimline verify}. Both variants run as a compose project of their own (the services plus their sidecars,
 * ports on 127.0.0.1), one after the other. The caller owns the {@link RunCleanup}.
 */
public final class Verifier {

    /** Builds at once when the builder allows it: enough to overlap the client and I/O work of small builds. */
    static final int BUILDS_AT_ONCE = 3;

    private final DockerEngine engine;
    private final VerifySettings settings;
    private final Progress progress;
    private final RunLabel label;
    private final RunCleanup cleanup;
    private final Path workDir;

    public Verifier(DockerEngine engine, VerifySettings settings, Progress progress, RunLabel label, RunCleanup cleanup,
            Path workDir) {
        this.engine = engine;
        this.settings = settings;
        this.progress = progress;
        this.label = label;
        this.cleanup = cleanup;
        this.workDir = workDir;
    }

    /** Mutable state of one service while the run goes on. */
    private static final class Progressing {
        final ServiceUnderTest service;
        final Map<Variant, BuiltImage> images = new LinkedHashMap<>();
        final Map<Variant, RuntimeConfig> configs = new LinkedHashMap<>();
        final List<Check> checks = new ArrayList<>();

        Progressing(ServiceUnderTest service) {
            this.service = service;
        }

        boolean built() {
            return images.size() == Variant.values().length;
        }
    }

    /** What one build gave: the image and its config when it succeeded, and its check either way. */
    private record Built(Variant variant, BuiltImage image, RuntimeConfig config, Check check) {
    }

    public VerifyReport verify(String root, List<ServiceUnderTest> services, List<Sidecar> sidecars) {
        long start = System.nanoTime();
        List<Progressing> states = services.stream().map(Progressing::new).toList();
        buildAll(states);
        List<Progressing> runnable = states.stream().filter(Progressing::built).toList();
        SecurityInspector security = new SecurityInspector(engine);
        try (ImageReads reads = new ImageReads(security::readImage)) {
            runnable.forEach(state -> reads.start(state.images.get(Variant.OPTIMIZED).tag()));
            for (Variant variant : Variant.values()) {
                if (!runnable.isEmpty()) {
                    runAndProbe(variant, runnable, sidecars, security, reads);
                }
            }
        }
        List<ServiceResult> results = new ArrayList<>();
        for (Progressing state : states) {
            List<ContractDifference> contract = state.built()
                    ? ContractComparison.compare(state.configs.get(Variant.ORIGINAL), state.configs.get(Variant.OPTIMIZED))
                    : List.of();
            if (state.built()) {
                state.checks.add(contractCheck(state.service.name(), contract));
            }
            results.add(new ServiceResult(state.service.name(), state.images.get(Variant.ORIGINAL),
                    state.images.get(Variant.OPTIMIZED), state.checks, contract));
        }
        progress.done();
        return new VerifyReport(root, results, Impact.of(results, settings.impact()),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * Every service's two builds, side by side when the builder allows it; the results are taken in service and
     * variant order, so the checks read as they did when the builds ran one after another.
     */
    private void buildAll(List<Progressing> states) {
        List<Supplier<Built>> builds = new ArrayList<>();
        List<Progressing> owners = new ArrayList<>();
        for (Progressing state : states) {
            for (Variant variant : Variant.values()) {
                builds.add(() -> build(state.service, variant));
                owners.add(state);
            }
        }
        List<Built> done = ParallelBuilds.run(builds, engine.concurrentBuilds() ? BUILDS_AT_ONCE : 1);
        for (int i = 0; i < done.size(); i++) {
            Built built = done.get(i);
            Progressing state = owners.get(i);
            if (built.image() != null) {
                state.images.put(built.variant(), built.image());
                state.configs.put(built.variant(), built.config());
            }
            state.checks.add(built.check());
        }
    }

    private Built build(ServiceUnderTest service, Variant variant) {
        cleanup.checkNotCancelled();
        progress.step("building " + service.name() + " (" + variant.id() + ")");
        String tag = label.imageTag(service.name(), variant);
        String network = service.runtime().buildNetwork() != null ? service.runtime().buildNetwork() : settings.buildNetwork();
        boolean original = variant == Variant.ORIGINAL;
        Path dockerfile = original ? service.originalDockerfile() : service.optimizedDockerfile();
        BuildSettings build = original || hasStage(dockerfile, service.build().target()) ? service.build()
                : service.build().withTarget(null);
        BuildRequest request = ServiceBuildRequest.of(original ? service.context() : service.optimizedContext(),
                dockerfile, build, tag, network).withTimeout(settings.buildTimeout());
        if (original) {
            // exactly the team's build, so the image ID is the one `docker compose build` makes: no label
            cleanup.trackImage(tag);
        } else {
            request = request.withLabels(label.asMap());
        }
        try {
            BuildResult result = engine.build(request);
            ImageDetails details = engine.imageInspect(tag);
            BuiltImage image = new BuiltImage(tag, details.id(), details.sizeBytes(), details.layerDiffIds().size(),
                    result.duration().toMillis());
            return new Built(variant, image, details.config(), new Check(service.name(), variant, CheckCategory.BUILD,
                    "build", CheckStatus.PASS, "built in " + Progress.elapsed(result.duration()) + " ("
                    + dev.slimline.report.SizeText.of(details.sizeBytes()) + ")", ""));
        } catch (SlimlineException e) {
            cleanup.checkNotCancelled();
            return new Built(variant, null, null, new Check(service.name(), variant, CheckCategory.BUILD, "build",
                    CheckStatus.FAIL, "build failed", e.getMessage()));
        }
    }

    /** Whether the Dockerfile names the stage a build definition targets (a rewrite may have renamed it). */
    private static boolean hasStage(Path dockerfile, String stage) {
        if (stage == null) {
            return true;
        }
        try {
            return java.util.regex.Pattern.compile("(?im)^\\s*FROM\\s+.*\\s+AS\\s+" + java.util.regex.Pattern.quote(stage)
                    + "\\s*$").matcher(java.nio.file.Files.readString(dockerfile)).find();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void runAndProbe(Variant variant, List<Progressing> states, List<Sidecar> sidecars,
            SecurityInspector security, ImageReads reads) {
        cleanup.checkNotCancelled();
        progress.step("starting the " + variant.id() + " images (compose)");
        ComposeRequest project = new ComposeRequest(List.of(writeComposeFile(variant, states, sidecars)),
                label.projectName(variant), settings.buildTimeout());
        cleanup.track(project);
        try {
            engine.composeUp(project);
        } catch (SlimlineException e) {
            cleanup.checkNotCancelled();
            states.forEach(state -> state.checks.add(new Check(state.service.name(), variant, CheckCategory.HEALTH,
                    "health", CheckStatus.FAIL, "compose up failed", e.getMessage())));
            takeDown(project);
            return;
        }
        try {
            HealthProber prober = new HealthProber(engine, settings.probeTimeout(), settings.settle());
            for (Progressing state : states) {
                cleanup.checkNotCancelled();
                try {
                    probe(variant, state, prober, security, reads);
                } catch (SlimlineException | UncheckedIOException e) {
                    cleanup.checkNotCancelled();
                    state.checks.add(new Check(state.service.name(), variant, CheckCategory.HEALTH, "probe",
                            CheckStatus.FAIL, "could not probe the container", e.getMessage()));
                }
            }
        } finally {
            takeDown(project);
        }
    }

    private void probe(Variant variant, Progressing state, HealthProber prober, SecurityInspector security,
            ImageReads reads) {
        ServiceUnderTest service = state.service;
        RuntimeConfig config = state.configs.get(variant);
        String container = container(variant, service);
        HealthProbe probe = ProbeChooser.choose(service, config,
                state.configs.get(variant == Variant.ORIGINAL ? Variant.OPTIMIZED : Variant.ORIGINAL));
        if (variant == Variant.OPTIMIZED && probe instanceof HealthProbe.Http http) {
            probe = http.answeringAs(originalAnswers(state));
        }
        progress.step("probing " + service.name() + " (" + variant.id() + "): " + describe(probe));
        Check health = prober.probe(service.name(), variant, container, probe);
        state.checks.add(health);
        if (variant != Variant.OPTIMIZED) {
            return;
        }
        boolean hasHealthcheck = config.healthcheck().filter(check -> !check.disabled()).isPresent();
        if (hasHealthcheck && !(probe instanceof HealthProbe.ImageHealthcheck)) {
            progress.step("waiting for the HEALTHCHECK of " + service.name());
            boolean settledRoute = ProbeChooser.healthcheckRoute(config)
                    .filter(HealthProber.settledAnswers(health)::containsKey).isPresent();
            state.checks.add(prober.healthcheck(service.name(), variant, container, "healthcheck", settledRoute));
        }
        progress.step("security checks of " + service.name());
        ImageReport image = reads.get(state.images.get(variant).tag());
        state.checks.addAll(security.inspect(service.name(), container, config, image));
    }

    /** The answers the original's HTTP probe settled on without a 2xx; empty when it ended otherwise. */
    private static Map<String, Integer> originalAnswers(Progressing state) {
        return state.checks.stream().filter(check -> check.variant() == Variant.ORIGINAL)
                .map(HealthProber::settledAnswers).filter(answers -> !answers.isEmpty()).findFirst().orElse(Map.of());
    }

    private static String describe(HealthProbe probe) {
        return switch (probe) {
            case HealthProbe.Http http -> "HTTP on port " + http.containerPort();
            case HealthProbe.Command command -> String.join(" ", command.argv());
            case HealthProbe.ImageHealthcheck ignored -> "HEALTHCHECK";
            case HealthProbe.StaysUp ignored -> "stays up";
        };
    }

    private String container(Variant variant, ServiceUnderTest service) {
        List<String> found = engine.listByLabel(EngineObject.CONTAINER,
                ContainerLabels.SERVICE + "=" + serviceLabel(variant, service.runtime().composeName()));
        if (found.isEmpty()) {
            throw SlimlineException.unavailable("compose started no container for " + service.name());
        }
        return found.get(0);
    }

    private String serviceLabel(Variant variant, String composeName) {
        return label.runId() + "/" + variant.id() + "/" + composeName;
    }

    private Path writeComposeFile(Variant variant, List<Progressing> states, List<Sidecar> sidecars) {
        List<ComposeService> services = new ArrayList<>();
        for (Sidecar sidecar : sidecars) {
            services.add(new ComposeService(sidecar.name(), sidecar.image(), sidecar.env(), List.of(), List.of(),
                    volumePaths(engine.imageInspect(sidecar.image()).config()),
                    Map.of(ContainerLabels.SERVICE, serviceLabel(variant, sidecar.name()),
                            ContainerLabels.IMAGE, sidecar.image())));
        }
        for (Progressing state : states) {
            ServiceRuntime runtime = state.service.runtime();
            RuntimeConfig config = state.configs.get(variant);
            String tag = state.images.get(variant).tag();
            services.add(new ComposeService(runtime.composeName(), tag, runtime.env(),
                    ProbeChooser.ports(runtime, config), runtime.dependsOn(), volumePaths(config),
                    Map.of(ContainerLabels.SERVICE, serviceLabel(variant, runtime.composeName()),
                            ContainerLabels.IMAGE, tag), HealthcheckPolling.of(config.healthcheck()).orElse(null)));
        }
        String yaml = ComposeProjectWriter.write(services, label.asMap(),
                "# written by slimline verify: the " + variant.id() + " images; removed when the run ends\n");
        try {
            Path file = workDir.resolve("docker-compose." + variant.id() + ".yml");
            Files.createDirectories(workDir);
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> volumePaths(RuntimeConfig config) {
        return config.volumes().stream().sorted().toList();
    }

    private void takeDown(ComposeRequest project) {
        if (settings.keep() || cleanup.cancelled()) {
            return;
        }
        progress.step("stopping " + project.projectName());
        try {
            engine.composeDown(project);
            cleanup.takenDown(project);
        } catch (SlimlineException e) {
            // RunCleanup takes it down again and removes the rest by label when the run ends
        }
    }

    static Check contractCheck(String service, List<ContractDifference> contract) {
        long breaking = contract.stream().filter(d -> d.kind() == ContractDifference.Kind.BREAKING).count();
        long intended = contract.stream().filter(d -> d.kind() == ContractDifference.Kind.INTENDED).count();
        long changed = contract.size() - breaking - intended;
        String summary = contract.isEmpty() ? "runtime contract unchanged"
                : "runtime contract: " + intended + " intended, " + changed + " changed, " + breaking + " breaking";
        String evidence = String.join("\n", contract.stream().filter(d -> d.kind() == ContractDifference.Kind.BREAKING)
                .map(d -> d.field() + ": '" + d.before() + "' → '" + d.after() + "'").toList());
        return new Check(service, Variant.OPTIMIZED, CheckCategory.CONTRACT, "contract",
                breaking > 0 ? CheckStatus.FAIL : CheckStatus.PASS, summary, evidence);
    }
}
