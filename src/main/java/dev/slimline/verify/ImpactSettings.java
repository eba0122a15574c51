package dev.slimline.verify;

/**
 * The assumptions the impact figures rest on.
 *
 * @param networkMbps the pull bandwidth in megabits per second
 * @param pricePerGbMonth the registry's storage price per gigabyte (10^9 bytes) and month, in USD
 */
public record ImpactSettings(double networkMbps, double pricePerGbMonth) {

    public ImpactSettings {
        if (!(networkMbps > 0)) {
            throw new IllegalArgumentException("network speed must be positive: " + networkMbps);
        }
        if (!(pricePerGbMonth >= 0)) {
            throw new IllegalArgumentException("storage price must not be negative: " + pricePerGbMonth);
        }
    }

    /** 100 Mbit/s (a typical node's share of a cluster uplink) and USD 0.10 per GB-month (a common registry list price). */
    public static ImpactSettings defaults() {
        return new ImpactSettings(100, 0.10);
    }
}
