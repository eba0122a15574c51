package dev.slimline.gate.report;

import dev.slimline.report.HtmlText;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;

/** A self-contained HTML page of the gate (the CI artifact a reviewer opens): one table, no scripts. */
final class GateHtml {

    private GateHtml() {
    }

    static String render(GateResult result) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>slimline gate</title>
                <style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px 8px}table{border-collapse:collapse}
                .fail{background:#fdd}.pass{background:#dfd}</style></head><body>
                """);
        html.append("<h1>slimline gate: ").append(result.passed() ? "passed" : "failed").append("</h1>\n<table>\n")
                .append("<tr><th>Service</th><th>Image</th><th>Check</th><th>Figure</th><th>Limit</th><th>Result</th>")
                .append("<th>Detail</th></tr>\n");
        for (ServiceVerdict service : result.services()) {
            for (CheckResult check : service.checks()) {
                html.append("<tr class=\"").append(check.passed() ? "pass" : "fail").append("\"><td>")
                        .append(HtmlText.escape(service.service())).append("</td><td>")
                        .append(HtmlText.escape(service.figures().image())).append("</td><td>")
                        .append(check.kind().key()).append("</td><td>").append(HtmlText.escape(check.figure()))
                        .append("</td><td>").append(HtmlText.escape(check.limit())).append("</td><td>")
                        .append(check.passed() ? "pass" : "FAIL").append("</td><td>")
                        .append(HtmlText.escape(check.message())).append("</td></tr>\n");
            }
        }
        return html.append("</table>\n</body></html>").toString();
    }
}
