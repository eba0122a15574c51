/**
 * The picocli commands: each parses options, calls its domain package and renders the outcome with a documented
 * exit code. May depend on every package; no package depends on it.
 */
package dev.slimline.cli;
