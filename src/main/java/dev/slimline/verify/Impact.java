package dev.slimline.verify;

import java.util.List;

/**
 * Sizes before and after with what they mean in the story's terms: pull time and registry storage cost. The
 * figures use the images' uncompressed sizes (what {@code docker images} shows); registries store and send
 * compressed layers, so real pulls are faster and storage cheaper by the compression ratio, but the saving in
 * percent is about the same.
 *
 * @param settings the bandwidth and price used
 * @param beforeBytes total size of the original images
 * @param afterBytes total size of the optimized images
 * @param pullSecondsBefore time to pull all originals at the bandwidth
 * @param pullSecondsAfter time to pull all optimized images
 * @param storageCostBefore monthly cost of storing one copy of each original
 * @param storageCostAfter the same for the optimized images
 */
public record Impact(ImpactSettings settings, long beforeBytes, long afterBytes, double pullSecondsBefore,
        double pullSecondsAfter, double storageCostBefore, double storageCostAfter) {

    public long savedBytes() {
        return beforeBytes - afterBytes;
    }

    /** Saving in percent of the original total, 0 when there is nothing to compare. */
    public double savedPercent() {
        return beforeBytes <= 0 ? 0 : 100.0 * savedBytes() / beforeBytes;
    }

    /** Impact of the services whose two images were both built. */
    public static Impact of(List<ServiceResult> services, ImpactSettings settings) {
        long before = 0;
        long after = 0;
        for (ServiceResult service : services) {
            if (service.original() != null && service.optimized() != null) {
                before += service.original().sizeBytes();
                after += service.optimized().sizeBytes();
            }
        }
        return new Impact(settings, before, after, pullSeconds(before, settings), pullSeconds(after, settings),
                storageCost(before, settings), storageCost(after, settings));
    }

    /** bytes * 8 bits / (Mbit/s * 10^6 bit/s). */
    static double pullSeconds(long bytes, ImpactSettings settings) {
        return bytes * 8.0 / (settings.networkMbps() * 1_000_000.0);
    }

    static double storageCost(long bytes, ImpactSettings settings) {
        return bytes / 1e9 * settings.pricePerGbMonth();
    }
}
