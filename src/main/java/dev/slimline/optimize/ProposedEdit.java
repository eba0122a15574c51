package dev.slimline.optimize;

import dev.slimline.rule.TextEdit;

import java.util.List;

/** Text edits on the current Dockerfile text that together make one {@link Change}. */
public record ProposedEdit(List<TextEdit> edits, Change change) {

    public ProposedEdit {
        edits = List.copyOf(edits);
    }

    /** Whether any of this proposal's edits touches a region of {@code other}'s (insertions at one point count). */
    boolean overlaps(ProposedEdit other) {
        for (TextEdit a : edits) {
            for (TextEdit b : other.edits) {
                int as = a.span().startOffset(), ae = a.span().endOffset();
                int bs = b.span().startOffset(), be = b.span().endOffset();
                // touching counts as overlapping: the next round sees the first edit's result
                if (as <= be && bs <= ae) {
                    return true;
                }
            }
        }
        return false;
    }
}
