package dev.slimline.gate.report;

import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, the GitHub test-report actions): one test suite per service,
 * one test case per check, a {@code <failure>} carrying the check's message when it failed.
 */
final class GateJunit {

    private GateJunit() {
    }

    static String render(GateResult result) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"slimline gate\" tests=\"").append(result.checkCount())
                .append("\" failures=\"").append(result.failureCount()).append("\">\n");
        for (ServiceVerdict service : result.services()) {
            xml.append("  <testsuite name=\"").append(escape(service.service())).append("\" tests=\"")
                    .append(service.checks().size()).append("\" failures=\"").append(service.failures().size())
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            for (CheckResult check : service.checks()) {
                xml.append("    <testcase classname=\"slimline.gate.").append(escape(service.service()))
                        .append("\" name=\"").append(escape(check.kind().key())).append("\" file=\"")
                        .append(escape(service.dockerfile())).append('"');
                if (check.passed()) {
                    xml.append("/>\n");
                } else {
                    xml.append(">\n      <failure type=\"").append(check.kind().ruleId()).append("\" message=\"")
                            .append(escape(check.message())).append("\">").append(escape(check.figure()))
                            .append(" (limit ").append(escape(check.limit())).append(")</failure>\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // Character references survive attribute-value normalisation; literal line breaks would not.
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    // XML 1.0 forbids most control characters even as references.
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
