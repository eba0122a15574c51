package dev.slimline.report;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a service's size and layer count come from: the estimate, or an image measured on the engine.
 *
 * @param source    how the figures were had
 * @param image     the measured image reference (the tag audit built, or the one given with {@code --image})
 * @param imageId   the engine's image id, when measured
 * @param buildTime how long the build took, when audit built it
 * @param failure   why the image could not be built or measured; the row then keeps the estimate
 */
public record Measurement(Source source, String image, Optional<String> imageId, Optional<Duration> buildTime,
                          Optional<String> failure) {

    /** How a service's figures were had; {@code label()} is what JSON prints. */
    public enum Source {
        ESTIMATE, BUILD, IMAGE,
        /** Measured when {@code slimline optimize} proved the Dockerfile on the engine (its .slimline record). */
        OPTIMIZE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Measurement {
        Objects.requireNonNull(source, "source");
        image = image == null ? "" : image;
    }

    /** No engine asked: the figures are the estimate. */
    public static Measurement estimate() {
        return new Measurement(Source.ESTIMATE, "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True when size and layers were read from a real image. */
    public boolean measured() {
        return source != Source.ESTIMATE && failure.isEmpty();
    }
}
