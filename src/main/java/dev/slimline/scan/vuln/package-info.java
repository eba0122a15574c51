/**
 * Vulnerability scanning: a catalog matched against the offline OSV database (or another scanner's output mapped
 * into the same model), ignore rules, thresholds, and the before/after comparison of two images.
 */
package dev.slimline.scan.vuln;
