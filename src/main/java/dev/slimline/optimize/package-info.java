/**
 * {@code slimline optimize}: turns a Dockerfile into a lean production one.
 *
 * <p>{@link dev.slimline.optimize.Optimizer} picks a multi-stage template for the detected stack (each a
 * {@code Stack}: one class, its knowledge data and its tests, registered by a line of
 * {@code META-INF/services/dev.slimline.optimize.Stack}, whose order is the detection order; no other class names a
 * stack, which {@code StackIsolationTest} checks) when the original is a single stage on a full or toolchain image,
 * and otherwise applies only safe recipes: small text edits, most of them the fixes the lint rules attach to their findings,
 * applied by one applier in rounds over non-overlapping spans until nothing changes. Every template keeps the
 * original's runtime contract (command, ports, environment, working directory, volumes, labels, stop signal) and
 * refuses, with the reason, when it cannot. Templates build a typed {@code GeneratedDockerfile} that one printer
 * ({@code GeneratedDockerfilePrinter}) writes; install, user creation, health check and the runtime contract are
 * shared operations. What the command runs (tini, gosu...) stays in the runtime. The output never uses heredocs or a syntax directive, parses with our
 * parser, and a second run changes nothing. {@link dev.slimline.optimize.DockerignoreGenerator} writes the
 * .dockerignore; {@link dev.slimline.optimize.UnifiedDiff} shows the change.
 */
package dev.slimline.optimize;
