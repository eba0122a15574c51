/**
 * Package catalogers: what is installed in an image, read from its merged file tree through
 * {@link dev.slimline.image.ImageArchiveReader} with a {@link dev.slimline.scan.catalog.CatalogCapture} (nothing is
 * extracted). OS package databases (dpkg, apk), language metadata (Python, npm, Java jars incl. Spring Boot fat
 * jars, Go build info), each package with its purl and, for OS packages, its source package.
 */
package dev.slimline.scan.catalog;
