package dev.slimline.audit;

import dev.slimline.report.AuditReport;
import dev.slimline.Severity;
import java.util.Optional;

/** An audit's report and what the exit code depends on: the most severe finding over all services. */
public record AuditOutcome(AuditReport report, Optional<Severity> highestSeverity) {
}
