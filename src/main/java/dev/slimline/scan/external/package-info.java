/**
 * Other scanners (trivy, grype, docker scout): run when installed, their JSON mapped into slimline's
 * {@link dev.slimline.scan.vuln.ScanResult} so gates, ignore files, reports and comparisons work the same.
 */
package dev.slimline.scan.external;
