package dev.slimline.scan.osv;

/** {@code severity[]}: a scoring system ({@code CVSS_V3}, {@code CVSS_V4}, {@code Ubuntu}, ...) and its score. */
public record SeverityScore(String type, String score) {
}
