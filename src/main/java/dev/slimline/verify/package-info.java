/**
 * {@code slimline verify}: builds the original and the optimized image of each service, runs both with what they
 * need (a Compose project per variant, derived from the repository's compose file when there is one), probes them
 * and compares them: health, user, build tools, package caches, HEALTHCHECK, sizes and the runtime contract.
 * Everything it creates carries the label {@link dev.slimline.verify.RunLabel#KEY} and is removed on success, on
 * failure and on interruption unless the user asks to keep it. {@link dev.slimline.verify.ScriptEmitter} writes
 * the same checks as a bash script and a compose file for teams that do not run Java in CI.
 */
package dev.slimline.verify;
