package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Span;
import dev.slimline.rule.Fix;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text edits shared by rules; each returns empty when the edit would not be safe. */
final class Fixes {

    private Fixes() {
    }

    /** Appends {@code " && " + command} to a shell-form RUN without here-documents. */
    static Optional<Fix> appendToRun(Instruction.Run run, String command, String description) {
        if (!(run.command() instanceof Command.ShellForm) || !run.heredocs().isEmpty()) {
            return Optional.empty();
        }
        Span end = run.span();
        Span insertion = new Span(end.endLine(), end.endColumn(), end.endLine(), end.endColumn(), end.endOffset(), end.endOffset());
        return Optional.of(Fix.replace(description, insertion, " && " + command));
    }

    /**
     * Rewrites the instruction text by inserting {@code flag} after the single match of {@code anchor}; empty if
     * the anchor matches zero or several times (then there is no one obvious place).
     */
    static Optional<Fix> insertAfter(Instruction instruction, Pattern anchor, String flag, String description) {
        String text = instruction.text();
        Matcher matcher = anchor.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int at = matcher.end();
        if (matcher.find()) {
            return Optional.empty();
        }
        String rewritten = text.substring(0, at) + " " + flag + text.substring(at);
        return Optional.of(Fix.replace(description, instruction.span(), rewritten));
    }

    /** Replaces the keyword as written (e.g. ADD with COPY), keeping everything after it. */
    static Fix replaceKeyword(Instruction instruction, String keyword, String description) {
        String written = instruction.raw().keywordAsWritten();
        return Fix.replace(description, instruction.span(), keyword + instruction.text().substring(written.length()));
    }
}
