/**
 * The audit report model and its renderers (text table, JSON, Markdown, SARIF, Checkstyle, Code Climate), plus
 * small shared text helpers such as {@link dev.slimline.report.SizeText}. Depends on {@code scan.vuln} only for
 * the GitLab container-scanning report.
 */
package dev.slimline.report;
