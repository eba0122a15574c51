/**
 * Package catalogers: what is installed in an image, read from its merged file tree through
 * {@link dev.slimline.image.ImageArchiveReader} with a {@link dev.slimline.scan.catalog.CatalogCapture} (nothing is
 * extracted). OS package databases (dpkg, apk, rpm in SQLite or Berkeley DB), language metadata (Python, npm, Java
 * jars incl. Spring Boot fat jars, Go build info, gems, Cargo.lock, deps.json, Composer), each package with its purl,
 * for OS packages its source package, and the licences, digests and dependencies its metadata records.
 */
package dev.slimline.scan.catalog;
