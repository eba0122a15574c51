package dev.slimline.scan.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CycloneDxSchema;
import dev.slimline.cli.SpdxSchema;
import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.CatalogedPackage.Details;
import dev.slimline.scan.catalog.PackageType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Licences, hashes and the dependency graph in both SBOM formats, each document valid against its schema. */
class SbomDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERDE = "pkg:cargo/serde@1.0.193";
    private static final String SYN = "pkg:cargo/syn@1.0.109";
    private static final String SHA = "25dd9975e68d0cb5aa1120c288333fc98731bd1dd12f561e468ea4728c042b89";

    private static final Catalog CATALOG = new Catalog("app:1", Optional.empty(), List.of(
            pkg(PackageType.CARGO, "serde", SERDE, new Details(List.of(), Map.of("SHA-256", SHA), List.of(SYN))),
            pkg(PackageType.CARGO, "syn", SYN, Details.licenses(List.of("MIT OR Apache-2.0"))),
            pkg(PackageType.RPM, "zlib", "pkg:rpm/rhel/zlib@1.2.11-40.el9", Details.licenses(List.of("zlib and Boost"))),
            pkg(PackageType.GEM, "rack", "pkg:gem/rack@2.2.3", Details.licenses(List.of("BSD-2-Clause", "Ruby"))),
            pkg(PackageType.NPM, "ms", "pkg:npm/ms@2.0.0", Details.licenses(List.of("MIT")))));

    private static CatalogedPackage pkg(PackageType type, String name, String purl, Details details) {
        return new CatalogedPackage(type, null, name, "1", null, null, null, "/x", purl, details);
    }

    @Test
    void cycloneDxCarriesLicencesAsIdsExpressionsOrNamesHashesAndDependencies() throws IOException {
        JsonNode bom = JSON.readTree(new CycloneDxWriter("test").write(CATALOG, Instant.EPOCH));

        assertThat(CycloneDxSchema.validate(bom)).isEmpty();
        JsonNode components = bom.path("components");
        assertThat(components.get(0).path("hashes").toString())
                .isEqualTo("[{\"alg\":\"SHA-256\",\"content\":\"" + SHA + "\"}]");
        assertThat(components.get(1).path("licenses").toString()).isEqualTo("[{\"expression\":\"MIT OR Apache-2.0\"}]");
        assertThat(components.get(2).path("licenses").toString())
                .isEqualTo("[{\"license\":{\"name\":\"zlib and Boost\"}}]");
        assertThat(components.get(3).path("licenses").toString())
                .isEqualTo("[{\"license\":{\"id\":\"BSD-2-Clause\"}},{\"license\":{\"id\":\"Ruby\"}}]");
        assertThat(components.get(4).path("licenses").toString()).isEqualTo("[{\"license\":{\"id\":\"MIT\"}}]");
        assertThat(bom.path("dependencies").toString())
                .isEqualTo("[{\"ref\":\"" + SERDE + "\",\"dependsOn\":[\"" + SYN + "\"]}]");
    }

    @Test
    void spdxDeclaresExpressionsExtractsFreeTextChecksumsAndDependsOn() throws IOException {
        JsonNode doc = JSON.readTree(new SpdxWriter("test").write(CATALOG, Instant.EPOCH));

        assertThat(SpdxSchema.validate(doc)).isEmpty();
        JsonNode packages = doc.path("packages"); // image first
        assertThat(packages.get(1).path("checksums").toString())
                .isEqualTo("[{\"algorithm\":\"SHA256\",\"checksumValue\":\"" + SHA + "\"}]");
        assertThat(packages.get(1).path("licenseDeclared").asText()).isEqualTo("NOASSERTION");
        assertThat(packages.get(2).path("licenseDeclared").asText()).isEqualTo("MIT OR Apache-2.0");
        assertThat(packages.get(3).path("licenseDeclared").asText()).isEqualTo("LicenseRef-zlib-and-Boost");
        assertThat(packages.get(4).path("licenseDeclared").asText()).isEqualTo("BSD-2-Clause OR Ruby");
        assertThat(packages.get(5).path("licenseConcluded").asText()).isEqualTo("NOASSERTION");
        assertThat(doc.path("hasExtractedLicensingInfos").findValuesAsText("licenseId"))
                .containsExactly("LicenseRef-zlib-and-Boost");
        assertThat(doc.path("relationships").toString()).contains("{\"spdxElementId\":\"SPDXRef-Package-cargo-1\","
                + "\"relationshipType\":\"DEPENDS_ON\",\"relatedSpdxElement\":\"SPDXRef-Package-cargo-2\"}");
    }

    @Test
    void onlyTextsOfListedIdsAndSpdxOperatorsAreExpressions() {
        assertThat(DeclaredLicenses.isSpdxExpression("MIT")).isTrue();
        assertThat(DeclaredLicenses.isSpdxExpression("(MIT OR Apache-2.0) AND BSD-3-Clause")).isTrue();
        assertThat(DeclaredLicenses.isSpdxExpression("GPL-2.0-or-later WITH Classpath-exception-2.0")).isTrue();
        assertThat(DeclaredLicenses.isSpdxExpression("LicenseRef-Proprietary")).isTrue();
        assertThat(DeclaredLicenses.isSpdxExpression("zlib and Boost")).isFalse();
        assertThat(DeclaredLicenses.isSpdxExpression("GPLv2+")).as("Fedora's old short name").isFalse();
        assertThat(DeclaredLicenses.isSpdxExpression("(MIT OR")).isFalse();
        assertThat(DeclaredLicenses.isSpdxExpression("MIT)")).isFalse();
        assertThat(DeclaredLicenses.isSpdxExpression("")).isFalse();
    }
}
