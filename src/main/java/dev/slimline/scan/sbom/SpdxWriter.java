package dev.slimline.scan.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.CatalogedPackage;
import java.time.Instant;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.time.temporal.ChronoUnit;

/**
 * Writes a catalog as an SPDX 2.3 JSON document: the image as a {@code CONTAINER} package the document describes,
 * the distribution as an {@code OPERATING-SYSTEM} package, and each package with its purl as an external reference
 * and where it was found as {@code sourceInfo}; declared licences, checksums and {@code DEPENDS_ON} relationships
 * where the cataloger knows them, NOASSERTION otherwise (licences are never concluded).
 */
public final class SpdxWriter {

    public static final String SPEC_VERSION = "SPDX-2.3";
    private static final String NOASSERTION = "NOASSERTION";
    private static final String IMAGE_ID = "SPDXRef-Image";

    private final String toolVersion;

    public SpdxWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public ObjectNode toJson(Catalog catalog, Instant timestamp) {
        ObjectNode doc = SbomDocuments.JSON.createObjectNode();
        doc.put("spdxVersion", SPEC_VERSION);
        doc.put("dataLicense", "CC0-1.0");
        doc.put("SPDXID", "SPDXRef-DOCUMENT");
        doc.put("name", catalog.source());
        doc.put("documentNamespace", "https://spdx.org/spdxdocs/slimline-" + SbomDocuments.documentId(catalog, timestamp));
        ObjectNode creation = doc.putObject("creationInfo");
        creation.put("created", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        creation.putArray("creators").add("Tool: slimline-" + toolVersion);

        ArrayNode packages = doc.putArray("packages");
        ArrayNode relationships = doc.putArray("relationships");
        relationship(relationships, "SPDXRef-DOCUMENT", "DESCRIBES", IMAGE_ID);
        basePackage(packages, IMAGE_ID, catalog.source(), null, "CONTAINER");
        catalog.os().filter(os -> !os.id().isEmpty()).ifPresent(os -> {
            basePackage(packages, "SPDXRef-OperatingSystem", os.id(), os.versionId().isEmpty() ? null : os.versionId(),
                    "OPERATING-SYSTEM");
            relationship(relationships, IMAGE_ID, "CONTAINS", "SPDXRef-OperatingSystem");
        });
        int index = 0;
        Map<String, String> extractedLicenses = new TreeMap<>();
        Map<String, String> idByPurl = new HashMap<>();
        List<String> ids = new ArrayList<>(); // parallel to catalog.packages()
        for (CatalogedPackage pkg : catalog.packages()) {
            String id = "SPDXRef-Package-" + pkg.type().purlType() + "-" + (++index);
            idByPurl.putIfAbsent(pkg.purl(), id);
            ids.add(id);
            ObjectNode spdx = basePackage(packages, id, pkg.ecosystemName(), pkg.version(), "LIBRARY");
            spdx.put("licenseDeclared", DeclaredLicenses.spdx(pkg.details().licenses(), extractedLicenses));
            pkg.details().hashes().forEach((algorithm, hex) -> {
                ObjectNode checksum = spdx.withArray("checksums").addObject();
                checksum.put("algorithm", algorithm.replace("-", ""));
                checksum.put("checksumValue", hex);
            });
            spdx.put("sourceInfo", "found in " + pkg.location());
            ObjectNode ref = spdx.putArray("externalRefs").addObject();
            ref.put("referenceCategory", "PACKAGE-MANAGER");
            ref.put("referenceType", "purl");
            ref.put("referenceLocator", pkg.purl());
            relationship(relationships, IMAGE_ID, "CONTAINS", id);
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            catalog.packages().get(i).details().dependsOn().stream().map(idByPurl::get).filter(Objects::nonNull)
                    .distinct().forEach(dependency -> relationship(relationships, id, "DEPENDS_ON", dependency));
        }
        extractedLicenses.forEach((licenseId, text) -> {
            ObjectNode info = doc.withArray("hasExtractedLicensingInfos").addObject();
            info.put("licenseId", licenseId);
            info.put("extractedText", text);
            info.put("name", text);
        });
        return doc;
    }

    public String write(Catalog catalog, Instant timestamp) {
        return SbomDocuments.text(toJson(catalog, timestamp));
    }

    private static ObjectNode basePackage(ArrayNode packages, String id, String name, String version, String purpose) {
        ObjectNode spdx = packages.addObject();
        spdx.put("SPDXID", id);
        spdx.put("name", name);
        if (version != null) {
            spdx.put("versionInfo", version);
        }
        spdx.put("downloadLocation", NOASSERTION);
        spdx.put("filesAnalyzed", false);
        spdx.put("licenseConcluded", NOASSERTION);
        spdx.put("licenseDeclared", NOASSERTION);
        spdx.put("copyrightText", NOASSERTION);
        spdx.put("primaryPackagePurpose", purpose);
        return spdx;
    }

    private static void relationship(ArrayNode relationships, String from, String type, String to) {
        ObjectNode relationship = relationships.addObject();
        relationship.put("spdxElementId", from);
        relationship.put("relationshipType", type);
        relationship.put("relatedSpdxElement", to);
    }
}
