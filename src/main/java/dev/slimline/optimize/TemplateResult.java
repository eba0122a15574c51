package dev.slimline.optimize;

import java.util.List;

/**
 * A template's rewrite: the new Dockerfile, the changes it makes, edits to other files of the context (e.g.
 * next.config.js), and the runtime image and user it settled on.
 */
record TemplateResult(String dockerfile, List<Change> changes, List<FileEdit> fileEdits) {

    TemplateResult {
        changes = List.copyOf(changes);
        fileEdits = List.copyOf(fileEdits);
    }
}
