/**
 * {@code slimline gate}: builds or takes each service's image, measures size, waste and vulnerabilities, and
 * evaluates its budget against a recorded baseline. Depends on {@code config}, {@code engine}, {@code image},
 * {@code project}, {@code scan} (catalog, OSV, ignore, vuln), {@code audit} (labels and tag names) and {@code report}.
 */
package dev.slimline.gate;
