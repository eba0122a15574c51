package dev.slimline.audit;

import dev.slimline.SlimlineException;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.BuildResult;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.ImageDetails;
import dev.slimline.project.DockerfileService;
import dev.slimline.project.ServiceBuildRequest;
import dev.slimline.report.Measurement;
import dev.slimline.report.SizeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures services on a real engine: builds a service's Dockerfile as it is (context = its directory) and tags the
 * result {@code slimline-audit/<service>:original}, or inspects the image the user named. Size is what
 * {@code docker image inspect} reports ({@code .Size}); layers are the image's file-holding layers
 * ({@code RootFS.Layers}), so ENV, CMD and the like do not count. A failure is kept on that service's result; the
 * audit goes on with the next one.
 */
public final class EngineImageMeasurer implements ImageMeasurer {

    /** Label naming the service an image was built for (gate's builds; audit's carry none, see buildRequest). */
    public static final String SERVICE_LABEL = "dev.slimline.service";

    private final DockerEngine engine;
    private final MeasureOptions options;
    private final Consumer<String> progress;

    /**
     * @param progress receives one line before and after each build (they take minutes), e.g. standard error
     */
    public EngineImageMeasurer(DockerEngine engine, MeasureOptions options, Consumer<String> progress) {
        this.engine = engine;
        this.options = options;
        this.progress = progress;
    }

    @Override
    public Optional<Result> measure(DockerfileService service) {
        Optional<String> given = options.imageFor(service.name());
        if (given.isPresent()) {
            return Optional.of(inspect(given.get(), Measurement.Source.IMAGE, Optional.empty()));
        }
        if (!options.build()) {
            return Optional.empty();
        }
        BuildRequest request = buildRequest(service, options.networkFor(service.name()), options.buildTimeout());
        progress.accept("building " + service.name() + " as " + request.tag()
                + (request.network() == null ? "" : " (build network " + request.network() + ")") + " ...");
        BuildResult built;
        try {
            built = engine.build(request);
        } catch (SlimlineException e) {
            String reason = buildFailure(e.getMessage());
            progress.accept(service.name() + ": " + reason);
            return Optional.of(Result.failed(new Measurement(Measurement.Source.BUILD, request.tag(), Optional.empty(),
                    Optional.empty(), Optional.of(reason))));
        }
        Result result = inspect(request.tag(), Measurement.Source.BUILD, Optional.of(built.duration()));
        if (result.measurement().measured()) {
            progress.accept("built " + service.name() + " in " + built.duration().toSeconds() + " s: "
                    + SizeText.of(result.sizeBytes()) + ", " + result.layers() + " layers");
        }
        return Optional.of(result);
    }

    /**
     * The build audit runs for a service: exactly its build definition, tagged by service name and not labelled,
     * since a label changes the image ID and the image must be the one {@code docker compose build} makes. Tests
     * that need the example images build them with exactly this request, so BuildKit's cache is shared.
     */
    public static BuildRequest buildRequest(DockerfileService service, String network, Duration timeout) {
        return ServiceBuildRequest.of(service, tagFor(service.name()), network)
                .withTimeout(timeout);
    }

    /**
     * {@code slimline-audit/<service>:original}, the service name made a valid repository path: lower case, each
     * path segment reduced to letters, digits and single dashes ({@code services/api (prod)} becomes
     * {@code services/api-prod}).
     */
    public static String tagFor(String serviceName) {
        List<String> segments = new ArrayList<>();
        for (String segment : serviceName.toLowerCase(Locale.ROOT).split("/")) {
            String clean = segment.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (!clean.isEmpty()) {
                segments.add(clean);
            }
        }
        return "slimline-audit/" + (segments.isEmpty() ? "service" : String.join("/", segments)) + ":original";
    }

    private Result inspect(String ref, Measurement.Source source, Optional<Duration> buildTime) {
        try {
            ImageDetails details = engine.imageInspect(ref);
            return new Result(new Measurement(source, ref, Optional.of(details.id()), buildTime, Optional.empty()),
                    details.sizeBytes(), details.layerDiffIds().size());
        } catch (SlimlineException e) {
            return Result.failed(new Measurement(source, ref, Optional.empty(), buildTime, Optional.of(e.getMessage())));
        }
    }

    /** The engine's message names the whole command line; the row needs only what went wrong. */
    static String buildFailure(String message) {
        int failed = message.indexOf(" failed (");
        int timedOut = message.indexOf(" timed out after ");
        int at = failed >= 0 ? failed : timedOut;
        return at >= 0 ? "build" + message.substring(at) : "build failed: " + message;
    }
}
