package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;

import java.util.List;

/** A small safe edit: looks at the current text and proposes edits, or nothing once the Dockerfile is fine. */
interface Recipe {

    List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context);
}
