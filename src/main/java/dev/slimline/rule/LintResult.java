package dev.slimline.rule;

import dev.slimline.Severity;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The findings for one Dockerfile, sorted by line. {@code file} is {@code null} for text without a file. */
public record LintResult(Path file, List<Finding> findings) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    /** The most severe finding (the first in the file among equals): what a summary table calls the top issue. */
    public Optional<Finding> topFinding() {
        return findings.stream().max(Comparator.comparing(Finding::severity)
                .thenComparing(Finding.BY_POSITION.reversed()));
    }

    public Optional<Severity> highestSeverity() {
        return topFinding().map(Finding::severity);
    }

    /** Findings at or above a threshold, as {@code --fail-on} counts them. */
    public List<Finding> atOrAbove(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
    }
}
