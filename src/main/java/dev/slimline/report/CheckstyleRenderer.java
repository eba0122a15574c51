package dev.slimline.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML, as hadolint's {@code --format checkstyle} writes it, for CI tools that read it (Jenkins Warnings
 * NG, reviewdog, Bitbucket): one {@code <file>} per Dockerfile, one {@code <error>} per finding with the rule id as
 * {@code source}. Dockerfiles that did not parse are errors of the pseudo-rule {@code parse}.
 */
public final class CheckstyleRenderer implements ReportRenderer {

    @Override
    public String render(AuditReport report) {
        Map<String, List<String[]>> byFile = new LinkedHashMap<>();
        for (ServiceReport service : report.services()) {
            List<String[]> errors = byFile.computeIfAbsent(service.dockerfile(), f -> new ArrayList<>());
            for (ServiceReport.FindingRow finding : service.findings()) {
                errors.add(new String[] {String.valueOf(Math.max(1, finding.line())), String.valueOf(finding.column()),
                        severity(finding.level()), finding.message(), finding.ruleId()});
            }
        }
        for (AuditReport.ParseError error : report.parseErrors()) {
            byFile.computeIfAbsent(error.file(), f -> new ArrayList<>()).add(new String[] {
                    String.valueOf(Math.max(1, error.line())), String.valueOf(error.column()), "error", error.message(),
                    "parse"});
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "4.3");
            for (Map.Entry<String, List<String[]>> file : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", file.getKey());
                for (String[] error : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", error[0]);
                    if (!error[1].equals("0")) {
                        xml.writeAttribute("column", error[1]);
                    }
                    xml.writeAttribute("severity", error[2]);
                    xml.writeAttribute("message", error[3]);
                    xml.writeAttribute("source", error[4]);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("checkstyle XML could not be written", e);
        }
        return text + "\n";
    }

    /** Checkstyle's levels from the SARIF level each finding carries. */
    private static String severity(String sarifLevel) {
        return switch (sarifLevel) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "info";
        };
    }
}
