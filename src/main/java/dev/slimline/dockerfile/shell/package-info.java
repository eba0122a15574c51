/**
 * Splits RUN scripts into shell commands and recognises package managers, build tools, downloads and file
 * operations with their flags. Depends only on {@code dockerfile}.
 */
package dev.slimline.dockerfile.shell;
