package dev.slimline.report;

/** Turns an audit into one output format. */
public interface ReportRenderer {
    String render(AuditReport report);
}
