/**
 * SBOMs: a {@link dev.slimline.scan.catalog.Catalog} written as CycloneDX 1.5 or SPDX 2.3 JSON, and such documents
 * (CycloneDX 1.4 to 1.6, SPDX 2.2 and 2.3) read back into a catalog for {@code scan}.
 */
package dev.slimline.scan.sbom;
