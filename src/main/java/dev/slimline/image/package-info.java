/**
 * Reads images without extracting them (docker-archive, OCI layout, the engine's save stream) as a stream of
 * layers, and analyses their file tree: waste, efficiency, secrets, caches, build tools, the user. Depends only on
 * the root package, so the engine, scanner and verify can all use it.
 */
package dev.slimline.image;
