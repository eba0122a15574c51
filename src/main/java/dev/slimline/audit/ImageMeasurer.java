package dev.slimline.audit;

import dev.slimline.project.DockerfileService;
import dev.slimline.report.Measurement;
import java.util.Optional;

/**
 * Measures a service's real image for {@code slimline audit --build / --image}. The auditor asks once per service,
 * one service after another in discovery order (builds are too heavy to run side by side).
 */
@FunctionalInterface
public interface ImageMeasurer {

    /** The figures of the service's image, or empty when this service is not to be measured (estimate only). */
    Optional<Result> measure(DockerfileService service);

    /** Measures nothing: every figure is an estimate. */
    static ImageMeasurer none() {
        return service -> Optional.empty();
    }

    /**
     * One service's measurement. When {@code measurement} failed, size and layers are meaningless (0).
     *
     * @param sizeBytes the image's size as {@code docker image inspect} reports it
     * @param layers    the image's layers that hold files ({@code RootFS.Layers})
     */
    record Result(Measurement measurement, long sizeBytes, int layers) {

        static Result failed(Measurement measurement) {
            return new Result(measurement, 0, 0);
        }
    }
}
