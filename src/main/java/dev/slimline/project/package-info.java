/**
 * Discovers the Dockerfiles and services of a project (a monorepo too) and reads its manifests into facts:
 * language, framework, package manager, entry points. Depends only on the root package; nothing is executed.
 */
package dev.slimline.project;
