/**
 * The root of slimline: only what every package shares, {@link dev.slimline.SlimlineException} (a user-fixable
 * error and its exit-code kind) and {@link dev.slimline.SourceLocation} (file:line:col). Depends on nothing.
 */
package dev.slimline;
