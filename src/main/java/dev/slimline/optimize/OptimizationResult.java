package dev.slimline.optimize;

import dev.slimline.audit.SizeEstimate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What optimize produced for one Dockerfile.
 *
 * @param dockerfile      the Dockerfile's path (or a name for text without a file)
 * @param original        the original text
 * @param optimized       the optimized text (equal to {@code original} when nothing was worth changing)
 * @param template        the template used, or empty when only safe recipes ran
 * @param note            why no template was used (unknown stack, already multi-stage, refused...), or empty
 * @param changes         the "Key changes" lines
 * @param fileEdits       edits to other context files (next.config.js)
 * @param dockerignore    the new .dockerignore text, when it differs from the existing one
 * @param before          estimated size of the original
 * @param after           estimated size of the optimized Dockerfile
 */
public record OptimizationResult(Path dockerfile, String original, String optimized, Optional<String> template,
                                 Optional<String> note, List<Change> changes, List<FileEdit> fileEdits,
                                 Optional<String> dockerignore, Optional<SizeEstimate> before,
                                 Optional<SizeEstimate> after, String userBefore, String userAfter,
                                 boolean healthcheckAfter) {

    public OptimizationResult {
        changes = List.copyOf(changes);
        fileEdits = List.copyOf(fileEdits);
    }

    public boolean changed() {
        return !original.equals(optimized) || !fileEdits.isEmpty() || dockerignore.isPresent();
    }
}
