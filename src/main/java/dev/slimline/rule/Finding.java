package dev.slimline.rule;

import dev.slimline.Severity;

import dev.slimline.SourceLocation;
import dev.slimline.dockerfile.Span;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a rule found, where, and (when a safe edit exists) how to fix it. {@code file} is the Dockerfile's path,
 * or {@code null} for text without a file.
 */
public record Finding(String ruleId, Severity severity, Category category, String message, Path file, Span span,
                      Optional<Fix> fix) {

    /** By line, then column, then rule ID: the order reports print. */
    public static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::ruleId);

    public int line() {
        return span.startLine();
    }

    public int column() {
        return span.startColumn();
    }

    /** {@code file:line:col}, for one-line output and CI annotations. */
    public SourceLocation location() {
        return span.start(file);
    }

    /** The same finding at another severity (the engine's overrides). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, category, message, file, span, fix);
    }
}
