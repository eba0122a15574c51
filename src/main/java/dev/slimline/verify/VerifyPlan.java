package dev.slimline.verify;

import java.util.List;

/**
 * What one verify run covers.
 *
 * @param root the project, as shown in the report
 * @param services the services to build and compare
 * @param sidecars what they need running beside them (redis)
 */
public record VerifyPlan(String root, List<ServiceUnderTest> services, List<Sidecar> sidecars) {

    public VerifyPlan {
        services = List.copyOf(services);
        sidecars = List.copyOf(sidecars);
    }
}
