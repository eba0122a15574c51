/**
 * Generates the CI workflow that runs the gate (GitHub Actions, GitLab CI) from the project's gate plan.
 * Depends only on {@code project} and {@code gate}.
 */
package dev.slimline.ci;
