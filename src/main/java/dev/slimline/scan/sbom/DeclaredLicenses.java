package dev.slimline.scan.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A package's declared licences as SBOM formats want them. Metadata holds SPDX expressions ({@code MIT},
 * {@code Apache-2.0 OR MIT}) next to free text ({@code zlib and Boost}, {@code Public Domain}); only a text whose
 * every id is on the SPDX list and whose operators are SPDX's is written as an expression, the rest by name
 * (CycloneDX) or as an extracted {@code LicenseRef-} (SPDX), never passed off as an SPDX id.
 */
final class DeclaredLicenses {

    private static final Set<String> SPDX_IDS = readIds();
    private static final Pattern LICENSE_REF =
            Pattern.compile("(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");

    private DeclaredLicenses() {
    }

    /** CycloneDX {@code licenses}: one SPDX expression alone, else each licence by id or by name. */
    static void addCycloneDx(ObjectNode component, List<String> licenses) {
        if (licenses.isEmpty()) {
            return;
        }
        ArrayNode array = component.putArray("licenses");
        if (licenses.size() == 1 && isSpdxExpression(licenses.get(0)) && !SPDX_IDS.contains(licenses.get(0).strip())) {
            array.addObject().put("expression", licenses.get(0).strip());
            return;
        }
        for (String license : licenses) {
            ObjectNode entry = array.addObject().putObject("license");
            if (SPDX_IDS.contains(license.strip())) {
                entry.put("id", license.strip());
            } else {
                entry.put("name", license.strip());
            }
        }
    }

    /**
     * SPDX {@code licenseDeclared}: the licences joined by OR (a list in package metadata offers a choice), free
     * text as a {@code LicenseRef-} whose text is added to {@code extracted} (licence id -> text).
     */
    static String spdx(List<String> licenses, Map<String, String> extracted) {
        if (licenses.isEmpty()) {
            return "NOASSERTION";
        }
        List<String> terms = licenses.stream().map(String::strip).map(text -> {
            if (isSpdxExpression(text)) {
                return text;
            }
            String ref = "LicenseRef-" + text.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "");
            extracted.put(ref, text);
            return ref;
        }).toList();
        return terms.size() == 1 ? terms.get(0)
                : terms.stream().map(t -> t.contains(" ") ? "(" + t + ")" : t).collect(Collectors.joining(" OR "));
    }

    /** Ids on the SPDX list or LicenseRefs, joined by AND, OR, WITH, in balanced parentheses. */
    static boolean isSpdxExpression(String text) {
        String[] tokens = text.replace("(", " ( ").replace(")", " ) ").strip().split("\\s+");
        int depth = 0;
        boolean expectId = true;
        for (String token : tokens) {
            if (token.equals("(") && expectId) {
                depth++;
            } else if (token.equals(")") && !expectId && depth > 0) {
                depth--;
            } else if (OPERATORS.contains(token) && !expectId) {
                expectId = true;
            } else if (expectId && isId(token)) {
                expectId = false;
            } else {
                return false;
            }
        }
        return depth == 0 && !expectId;
    }

    private static boolean isId(String token) {
        String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
        return SPDX_IDS.contains(id) || LICENSE_REF.matcher(id).matches();
    }

    private static Set<String> readIds() {
        try (InputStream in = DeclaredLicenses.class.getResourceAsStream("spdx-license-ids.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
