package dev.slimline.report;

import dev.slimline.Severity;
import dev.slimline.io.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The story's terminal table, drawn with box-drawing characters, then the summary lines. */
public final class TableRenderer implements ReportRenderer {

    private static final List<String> HEADERS = List.of("Service", "Base Image", "Image Size", "Layers", "Top Issue");
    private static final int TOP_ISSUE = 4;

    private final boolean colour;

    /** Plain text, for files, pipes and tests. */
    public TableRenderer() {
        this(false);
    }

    /** With {@code colour}, each top issue is coloured by its severity (see {@code io.ColourChoice}). */
    public TableRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        if (report.services().isEmpty()) {
            out.append("No Dockerfiles audited under ").append(TerminalText.escape(String.valueOf(report.root()))).append('\n');
        } else {
            out.append("Docker Image Audit:\n");
            List<List<String>> rows = new ArrayList<>();
            List<Optional<Severity>> topSeverities = new ArrayList<>();
            for (ServiceReport service : report.services()) {
                rows.add(Stream.of(service.name(), service.baseImage(), SavingsText.sizeCell(service),
                        Integer.toString(service.layers()), service.topIssue().orElse("-")).map(TerminalText::escape).toList());
                topSeverities.add(colour && service.topIssue().isPresent() ? highestSeverity(service) : Optional.empty());
            }
            drawTable(out, rows, topSeverities);
            out.append('\n');
            List<String> missing = report.missingDockerignore();
            if (!missing.isEmpty()) {
                out.append("Missing .dockerignore: ").append(TerminalText.escape(String.join(", ", missing))).append('\n');
            }
            AuditReport.Savings savings = report.savings();
            out.append(savings.afterBytes() < savings.beforeBytes()
                    ? SavingsText.heading(savings) + ": " + SavingsText.figures(savings) + "\n"
                    : "No savings estimated: the images already use the slimmest known bases.\n");
            appendFailedMeasurements(out, report);
            report.services().stream().filter(ServiceReport::optimizedMeasured).forEach(service -> out.append("  ")
                    .append(service.name()).append(": ").append(service.optimizationReason()).append('\n'));
        }
        if (!report.parseErrors().isEmpty()) {
            out.append("\nNot audited (parse errors):\n");
            for (AuditReport.ParseError error : report.parseErrors()) {
                out.append("  ").append(TerminalText.escape(error.oneLine())).append('\n');
            }
        }
        return out.toString();
    }

    /** Services whose image could not be built or measured keep their estimate; say why. */
    private static void appendFailedMeasurements(StringBuilder out, AuditReport report) {
        List<ServiceReport> failed = report.services().stream()
                .filter(service -> service.measurement().failure().isPresent()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.append("\nNot measured (estimates shown):\n");
        for (ServiceReport service : failed) {
            out.append("  ").append(TerminalText.escape(service.name())).append(": ")
                    .append(TerminalText.escape(service.measurement().failure().get()))
                    .append('\n');
        }
    }

    /** The top issue is the most severe finding, so its severity is the highest. */
    private static Optional<Severity> highestSeverity(ServiceReport service) {
        return service.findings().stream().map(f -> Severity.parse(f.severity())).flatMap(Optional::stream)
                .max(Severity::compareTo);
    }

    private static void drawTable(StringBuilder out, List<List<String>> rows, List<Optional<Severity>> topSeverities) {
        int[] widths = new int[HEADERS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADERS.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        rule(out, widths, '┌', '┬', '┐');
        row(out, widths, HEADERS, Optional.empty());
        rule(out, widths, '├', '┼', '┤');
        for (int i = 0; i < rows.size(); i++) {
            row(out, widths, rows.get(i), topSeverities.get(i));
        }
        rule(out, widths, '└', '┴', '┘');
    }

    private static void rule(StringBuilder out, int[] widths, char left, char middle, char right) {
        out.append(left);
        for (int i = 0; i < widths.length; i++) {
            out.append("─".repeat(widths[i] + 2)).append(i + 1 < widths.length ? middle : right);
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, int[] widths, List<String> cells, Optional<Severity> topSeverity) {
        out.append('│');
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String shown = i == TOP_ISSUE && topSeverity.isPresent() ? SeverityColour.paint(topSeverity.get(), cell) : cell;
            out.append(' ').append(shown).append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length())))
                    .append(" │");
        }
        out.append('\n');
    }
}
