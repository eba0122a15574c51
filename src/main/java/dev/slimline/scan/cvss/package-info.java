/**
 * CVSS scores computed from vectors (v3.0, v3.1 and v4.0, by their specifications' formulas) and the qualitative
 * {@link dev.slimline.scan.cvss.CvssSeverity} scale that thresholds compare against.
 */
package dev.slimline.scan.cvss;
