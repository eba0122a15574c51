package dev.slimline.gate;

import dev.slimline.SlimlineException;
import dev.slimline.audit.EngineImageMeasurer;
import dev.slimline.config.BudgetSpec;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.project.DockerfileService;
import dev.slimline.project.ServiceBuildRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the gate over a project's services, one after another (builds are too heavy to run side by side): builds
 * each service's Dockerfile (or takes the image the user named), measures it, evaluates its budget.
 */
public final class GateRunner {

    /** Label on every image the gate builds, so they can be listed and removed. */
    public static final String GATE_LABEL = "dev.slimline.gate";

    /**
     * @param images  service name (full or last segment) to an existing image to gate instead of building
     * @param network the build network ({@code host} for a wheelhouse on 127.0.0.1), or null
     * @param timeout how long one build may take, or null for the engine's default
     */
    public record Options(Map<String, String> images, String network, Duration timeout) {
        public Options {
            images = Map.copyOf(images);
        }

        String imageFor(String service) {
            String last = service.substring(service.lastIndexOf('/') + 1);
            return images.containsKey(service) ? images.get(service) : images.get(last);
        }
    }

    private final DockerEngine engine;
    private final ImageFiguresMeasurer measurer;
    private final Options options;
    private final Consumer<String> progress;

    public GateRunner(DockerEngine engine, ImageFiguresMeasurer measurer, Options options, Consumer<String> progress) {
        this.engine = engine;
        this.measurer = measurer;
        this.options = options;
        this.progress = progress;
    }

    /**
     * @param workspace where reports' file paths are relative to when the project lies under it (the CI checkout,
     *                  so annotations land on the right file); otherwise they are relative to {@code root}
     */
    public GateResult run(Path root, Path workspace, SlimlineConfig config, List<DockerfileService> services,
            Baseline baseline) {
        List<ServiceVerdict> verdicts = new ArrayList<>();
        for (DockerfileService service : services) {
            String ref = options.imageFor(service.name());
            if (ref == null) {
                ref = build(service);
            }
            BudgetSpec budget = config.budgetFor(service.name());
            progress.accept("measuring " + service.name() + " (" + ref + ") ...");
            ImageFigures figures = measurer.measure(ref, budget.vulnerabilities());
            Path file = service.dockerfile().toAbsolutePath().normalize();
            Path base = workspace.toAbsolutePath().normalize();
            if (!file.startsWith(base)) {
                base = root.toAbsolutePath().normalize();
            }
            String dockerfile = base.relativize(file).toString().replace('\\', '/');
            verdicts.add(BudgetEvaluator.evaluate(service.name(), dockerfile, budget, figures,
                    baseline.sizeOf(service.name())));
        }
        return new GateResult(verdicts);
    }

    private String build(DockerfileService service) {
        String tag = tagFor(service.name());
        BuildRequest request = ServiceBuildRequest.of(service, tag, options.network())
                .withLabels(Map.of(GATE_LABEL, "true", EngineImageMeasurer.SERVICE_LABEL, service.name()))
                .withTimeout(options.timeout());
        progress.accept("building " + service.name() + " as " + tag + " ...");
        try {
            engine.build(request);
        } catch (SlimlineException e) {
            throw new SlimlineException(e.kind(), service.dockerfile() == null ? null
                    : dev.slimline.SourceLocation.of(service.dockerfile()),
                    service.name() + ": " + e.getMessage(), e);
        }
        return tag;
    }

    /** {@code slimline-gate/<service>:candidate}, the service name made a valid repository path. */
    public static String tagFor(String service) {
        String audit = EngineImageMeasurer.tagFor(service);
        return "slimline-gate/" + audit.substring("slimline-audit/".length(), audit.lastIndexOf(':')) + ":candidate";
    }
}
