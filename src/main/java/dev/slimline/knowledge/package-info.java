/**
 * Versioned data loaded from {@code src/main/resources}: base images and their slimmer siblings, package sizes and
 * the runtime libraries each dev package needs, and what a stack needs from its runtime image (glibc, a shell).
 * Depends on no other slimline package.
 */
package dev.slimline.knowledge;
