package dev.slimline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the direct dependencies a build context declares, for the payload model. */
final class DependencyManifests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_MANIFEST_BYTES = 1 << 20;

    private DependencyManifests() {
    }

    /** Direct npm dependencies in {@code package.json}; dev dependencies too unless {@code productionOnly}. */
    static int nodeDependencies(Path context, boolean productionOnly) {
        Path manifest = context.resolve("package.json");
        try {
            if (!Files.isRegularFile(manifest) || Files.size(manifest) > MAX_MANIFEST_BYTES) {
                return PayloadModel.UNKNOWN_DEPENDENCY_COUNT;
            }
            JsonNode root = JSON.readTree(manifest.toFile());
            int count = root.path("dependencies").size();
            return productionOnly ? count : count + root.path("devDependencies").size();
        } catch (IOException e) {
            return PayloadModel.UNKNOWN_DEPENDENCY_COUNT;
        }
    }

    /** Requirement lines in a requirements file of the context (comments, options and blanks not counted). */
    static int pythonRequirements(Path context, String requirementsFile) {
        Path file = context.resolve(requirementsFile.startsWith("/") ? requirementsFile.substring(1) : requirementsFile);
        Path local = Files.isRegularFile(file) ? file : context.resolve(Path.of(requirementsFile).getFileName());
        try {
            if (!Files.isRegularFile(local) || Files.size(local) > MAX_MANIFEST_BYTES) {
                return PayloadModel.UNKNOWN_DEPENDENCY_COUNT;
            }
            return (int) Files.readAllLines(local).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("-")).count();
        } catch (IOException | RuntimeException e) {
            return PayloadModel.UNKNOWN_DEPENDENCY_COUNT;
        }
    }
}
