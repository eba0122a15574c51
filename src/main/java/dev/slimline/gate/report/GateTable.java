package dev.slimline.gate.report;

import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;
import java.util.ArrayList;
import java.util.List;

/** Service × check table with figure and limit, then one line per failed check saying why. */
final class GateTable {

    private GateTable() {
    }

    static String render(GateResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Service", "Check", "Figure", "Limit", "Result"});
        for (ServiceVerdict service : result.services()) {
            if (service.checks().isEmpty()) {
                rows.add(new String[] {service.service(), "(no budget)", "", "", "-"});
            }
            for (CheckResult check : service.checks()) {
                rows.add(new String[] {service.service(), check.kind().key(), check.figure(), check.limit(),
                        check.passed() ? "pass" : "FAIL"});
            }
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", rows.get(r)[i])).append(i < widths.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("-".repeat(line.toString().stripTrailing().length())).append('\n');
            }
        }
        out.append('\n');
        for (ServiceVerdict service : result.services()) {
            for (CheckResult failure : service.failures()) {
                out.append("FAIL ").append(service.service()).append(' ').append(failure.kind().key()).append(": ")
                        .append(failure.message()).append('\n');
            }
        }
        out.append(result.passed()
                ? "Gate passed: " + result.checkCount() + " checks on " + result.services().size() + " services."
                : "Gate failed: " + result.failureCount() + " of " + result.checkCount() + " checks failed.");
        return out.toString();
    }
}
