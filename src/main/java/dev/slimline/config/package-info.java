/**
 * Reads {@code .slimline.yaml} (ignored rules, severity overrides, size and vulnerability budgets) and
 * {@code .hadolint.yaml}, strictly: a typo is a BAD_INPUT error at file:line:col. Depends on {@code rule},
 * {@code scan.cvss}, {@code scan.ignore} and the root package.
 */
package dev.slimline.config;
