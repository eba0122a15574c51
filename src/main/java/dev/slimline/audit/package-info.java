/**
 * {@code slimline audit} without the command line: discover, parse, lint, estimate and (optionally) build and
 * measure every service. Depends on {@code dockerfile}, {@code dockerfile.shell}, {@code project}, {@code rule},
 * {@code knowledge}, {@code engine}, {@code optimize} (the forecast of savings) and {@code report}.
 */
package dev.slimline.audit;
