package dev.slimline.gate;

import java.util.List;
import java.util.Optional;

/**
 * The gate's result for one service.
 *
 * @param service    service name ({@code services/api})
 * @param dockerfile the Dockerfile, relative to the gated directory, for annotations
 * @param baseline   the size recorded in the baseline file, when there is one
 * @param checks     every check its budget asked for, in {@link CheckKind} order
 */
public record ServiceVerdict(String service, String dockerfile, ImageFigures figures, Optional<Long> baseline,
        List<CheckResult> checks) {

    public ServiceVerdict {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    public List<CheckResult> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
