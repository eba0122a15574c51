package dev.slimline.verify;

import java.time.Duration;

/**
 * How a verify run behaves.
 *
 * @param buildTimeout the longest one image build may take
 * @param probeTimeout the longest verify waits for one service to become healthy
 * @param impact bandwidth and price for the impact figures
 * @param keep leave images, containers, networks and volumes in place for a look afterwards
 * @param buildNetwork the build network for services whose compose file names none, or null
 * @param settle how long an HTTP service must answer every probed route the same non-2xx way before its probe ends
 *     on those answers instead of waiting out the probe timeout ({@link SteadyAnswers})
 */
public record VerifySettings(Duration buildTimeout, Duration probeTimeout, ImpactSettings impact, boolean keep,
        String buildNetwork, Duration settle) {

    public VerifySettings(Duration buildTimeout, Duration probeTimeout, ImpactSettings impact, boolean keep,
            String buildNetwork) {
        this(buildTimeout, probeTimeout, impact, keep, buildNetwork, SteadyAnswers.SETTLE);
    }

    public static VerifySettings defaults() {
        return new VerifySettings(Duration.ofMinutes(20), Duration.ofMinutes(2), ImpactSettings.defaults(), false,
                null);
    }
}
