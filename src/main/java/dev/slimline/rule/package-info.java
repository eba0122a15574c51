/**
 * The lint rule API, the rule engine, suppressions and {@link dev.slimline.rule.Linter}, the one call commands
 * use. Depends on {@code dockerfile}, {@code dockerfile.shell} and the root package; {@code Linter} alone reaches
 * into {@code rule.builtin} for the list of built-in rules.
 */
package dev.slimline.rule;
