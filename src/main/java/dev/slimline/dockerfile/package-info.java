/**
 * Lossless Dockerfile parser and model, faithful to BuildKit's parser.
 *
 * <p>Entry points: {@link dev.slimline.dockerfile.DockerfileParser#parse(java.nio.file.Path)} and
 * {@link dev.slimline.dockerfile.DockerfileParser#parse(String, java.nio.file.Path)} return a
 * {@link dev.slimline.dockerfile.Dockerfile}: instructions as records of the sealed
 * {@link dev.slimline.dockerfile.Instruction}, grouped into {@link dev.slimline.dockerfile.Stage}s, each with a
 * {@link dev.slimline.dockerfile.Span}; {@code print()} returns the source byte for byte. Input BuildKit would
 * reject raises {@link dev.slimline.dockerfile.ParseException} with {@code file:line:col}.
 * {@link dev.slimline.dockerfile.VariableExpander} expands {@code $VAR} and {@code ${VAR...}} as BuildKit does.
 *
 * <p>Where slimline is stricter than BuildKit's parse step (because the build would fail later anyway): an
 * instruction before the first FROM other than ARG, a file without FROM, RUN without a command, and an invalid
 * ONBUILD trigger are parse errors; ENV/LABEL/ARG values that cannot be unquoted are parse errors.
 */
package dev.slimline.dockerfile;
