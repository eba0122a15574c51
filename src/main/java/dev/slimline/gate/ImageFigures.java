package dev.slimline.gate;

import dev.slimline.scan.vuln.ScanResult;
import java.util.Optional;

/**
 * What the gate measured of one service's image.
 *
 * @param image        the reference measured
 * @param sizeBytes    {@code docker image inspect .Size}: the figure {@code docker image ls} shows
 * @param wastedBytes  dive's wasted bytes (every copy of a path stored in more than one layer)
 * @param efficiency   dive's efficiency score, 0..1
 * @param scan         the vulnerability scan, when a budget asks for one
 */
public record ImageFigures(String image, long sizeBytes, long wastedBytes, double efficiency,
        Optional<ScanResult> scan) {
}
