package dev.slimline.gate;

import java.util.List;

/** The gate over every service: passes only when every check of every service passes. */
public record GateResult(List<ServiceVerdict> services) {

    public GateResult {
        services = List.copyOf(services);
    }

    public boolean passed() {
        return services.stream().allMatch(ServiceVerdict::passed);
    }

    public long checkCount() {
        return services.stream().mapToLong(s -> s.checks().size()).sum();
    }

    public long failureCount() {
        return services.stream().mapToLong(s -> s.failures().size()).sum();
    }
}
