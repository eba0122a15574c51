package dev.slimline.gate;

import dev.slimline.SourceLocation;
import dev.slimline.config.BudgetSpec;
import dev.slimline.config.BudgetSpec.Setting;
import dev.slimline.Severity;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Budgets, figures and findings for gate unit tests. */
final class GateFixtures {

    static final Path CONFIG = Path.of(".slimline.yaml");

    private GateFixtures() {
    }

    static <T> Optional<Setting<T>> set(T value, int line) {
        return Optional.of(new Setting<>(value, new SourceLocation(CONFIG, line, 5)));
    }

    static BudgetSpec.VulnerabilityPolicy failOn(Severity severity, boolean fixableOnly) {
        return new BudgetSpec.VulnerabilityPolicy(set(severity, 9), Optional.of(fixableOnly), List.of());
    }

    static VulnerabilityFinding finding(String id, CvssSeverity severity, String pkg, String fixed) {
        return new VulnerabilityFinding(id, List.of(), "summary", severity, Optional.empty(), "deb", pkg, "1.0-1",
                Optional.ofNullable(fixed), "pkg:deb/debian/" + pkg + "@1.0-1", "/var/lib/dpkg/status", Optional.empty());
    }

    static ScanResult scan(VulnerabilityFinding... findings) {
        return new ScanResult("img", "slimline", Optional.of("debian 12"), List.of(), List.of(findings), List.of(),
                List.of(), List.of());
    }

    static ImageFigures figures(long size, Optional<ScanResult> scan) {
        return new ImageFigures("slimline-gate/services/api:candidate", size, 3_000_000L, 0.97, scan);
    }
}
