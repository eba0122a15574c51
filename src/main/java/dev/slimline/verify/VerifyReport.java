package dev.slimline.verify;

import java.util.List;

/**
 * The outcome of one {@code slimline verify} run: what the renderers print and the exit code rests on.
 *
 * @param root the project that was verified
 * @param services one result per service, in the order they were verified
 * @param impact sizes, pull time and storage cost before and after
 * @param elapsedMillis wall-clock time of the whole run
 */
public record VerifyReport(String root, List<ServiceResult> services, Impact impact, long elapsedMillis) {

    public VerifyReport {
        services = List.copyOf(services);
    }

    public boolean passed() {
        return !services.isEmpty() && services.stream().allMatch(ServiceResult::passed);
    }

    /** Every failed check of every service. */
    public List<Check> failures() {
        return services.stream().flatMap(service -> service.checks().stream()).filter(Check::failed).toList();
    }
}
