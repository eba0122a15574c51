/** SBOM output: a {@link dev.slimline.scan.catalog.Catalog} as CycloneDX 1.5 JSON. */
package dev.slimline.scan.sbom;
