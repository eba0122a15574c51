/**
 * The built-in lint rules, one class per rule, and their registry {@link dev.slimline.rule.builtin.BuiltinRules}.
 * Depends only on {@code rule}, {@code dockerfile} and {@code dockerfile.shell}.
 */
package dev.slimline.rule.builtin;
