package dev.slimline.scan.ignore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CycloneDX VEX document: each vulnerability whose {@code analysis.state} is {@code not_affected} or
 * {@code false_positive} is accepted, with the justification and detail as the reason. Other states (affected,
 * exploitable, in_triage ...) suppress nothing.
 */
public final class VexLoader {

    private static final Set<String> SUPPRESSING = Set.of("not_affected", "false_positive");

    private VexLoader() {
    }

    public static IgnoreList load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "not a CycloneDX VEX JSON document: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !"CycloneDX".equals(root.path("bomFormat").asText())) {
            throw SlimlineException.badInput(file + ": $.bomFormat: expected \"CycloneDX\" in a VEX document");
        }
        JsonNode vulnerabilities = root.path("vulnerabilities");
        if (!vulnerabilities.isMissingNode() && !vulnerabilities.isArray()) {
            throw SlimlineException.badInput(file + ": $.vulnerabilities: expected an array");
        }
        List<IgnoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < vulnerabilities.size(); i++) {
            JsonNode vulnerability = vulnerabilities.get(i);
            String state = vulnerability.path("analysis").path("state").asText();
            if (!SUPPRESSING.contains(state)) {
                continue;
            }
            String id = vulnerability.path("id").asText();
            if (id.isEmpty()) {
                throw SlimlineException.badInput(file + ": $.vulnerabilities[" + i + "].id: missing");
            }
            StringBuilder reason = new StringBuilder("VEX ").append(state);
            String justification = vulnerability.path("analysis").path("justification").asText();
            if (!justification.isEmpty()) {
                reason.append(" (").append(justification).append(')');
            }
            String detail = vulnerability.path("analysis").path("detail").asText();
            if (!detail.isEmpty()) {
                reason.append(": ").append(detail);
            }
            entries.add(new IgnoreEntry(id, reason.toString(), Optional.empty(), SourceLocation.of(file)));
        }
        return new IgnoreList(entries);
    }
}
