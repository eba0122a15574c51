/**
 * Reports: the audit report model and its renderers (text table, JSON, Markdown, SARIF, Checkstyle, Code Climate),
 * the scan and inspect renderers ({@link dev.slimline.report.ScanTable}, {@link dev.slimline.report.ScanJson},
 * {@link dev.slimline.report.ScanSarif}, {@link dev.slimline.report.InspectTable}, GitLab container scanning), and
 * the kit every command's reports share: {@link dev.slimline.report.SarifLog} (the one SARIF builder),
 * {@link dev.slimline.report.MarkdownText}, {@link dev.slimline.report.HtmlText} and
 * {@link dev.slimline.report.SizeText}. Depends on the models it renders ({@code scan.vuln}, {@code image}) and on
 * {@code io}; never on {@code cli}.
 */
package dev.slimline.report;
