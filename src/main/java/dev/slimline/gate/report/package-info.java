/**
 * Renders a {@link dev.slimline.gate.GateResult} in each gate format: table, JSON, Markdown, HTML, JUnit, SARIF and
 * GitHub annotations. Depends only on {@code gate} and {@code report}.
 */
package dev.slimline.gate.report;
